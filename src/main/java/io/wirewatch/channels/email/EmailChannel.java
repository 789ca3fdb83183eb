package io.wirewatch.channels.email;

import io.wirewatch.channels.AlertChannel;
import io.wirewatch.channels.Escape;
import io.wirewatch.channels.Message;
import io.wirewatch.channels.SendResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one mail per message (an alert or a digest) over SMTP with Jakarta Mail: a multipart/alternative
 * with a plain-text and an HTML part ({@link MailContent}). Rejected addresses and failed logins are not
 * retried; connection errors and transient SMTP errors are.
 */
public final class EmailChannel implements AlertChannel {
  private final String name;
  private final EmailConfig config;
  private final Session session;
  private final String storyUrl;

  public EmailChannel(String name, EmailConfig config, Duration timeout, String storyUrl) {
    this.name = name;
    this.config = config;
    this.storyUrl = storyUrl;
    Properties p = new Properties();
    String proto = config.ssl() ? "smtps" : "smtp";
    p.put("mail.transport.protocol", proto);
    p.put("mail." + proto + ".host", config.host());
    p.put("mail." + proto + ".port", String.valueOf(config.port()));
    p.put("mail." + proto + ".auth", String.valueOf(config.password() != null));
    p.put("mail.smtp.starttls.enable", String.valueOf(config.starttls()));
    for (String t : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
      p.put("mail." + proto + "." + t, String.valueOf(timeout.toMillis()));
    }
    this.session = Session.getInstance(p);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "email";
  }

  @Override
  public SendResult send(Message message) {
    try {
      MimeMessage mail = mail(message);
      if (config.password() != null) {
        Transport.send(mail, config.username(), config.password().reveal());
      } else {
        Transport.send(mail);
      }
      return SendResult.sent("SMTP accepted");
    } catch (AddressException | SendFailedException | AuthenticationFailedException e) {
      return SendResult.fail("SMTP: " + e.getClass().getSimpleName() + ": " + Escape.singleLine(e.getMessage()));
    } catch (MessagingException e) {
      return SendResult.retry("SMTP: " + e.getClass().getSimpleName() + ": " + Escape.singleLine(e.getMessage()));
    }
  }

  MimeMessage mail(Message message) throws MessagingException {
    MimeMessage mail = new MimeMessage(session);
    mail.setFrom(new InternetAddress(config.from(), true));
    for (String to : config.to()) {
      mail.addRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to, true));
    }
    mail.setSubject(MailContent.subject(config.subjectPrefix(), message), StandardCharsets.UTF_8.name());
    mail.setSentDate(new Date());
    mail.setHeader("X-Wirewatch-Delivery", message.deliveryId());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(MailContent.text(message, storyUrl), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(MailContent.html(message, storyUrl), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    mail.setContent(alternative);
    mail.saveChanges();
    return mail;
  }
}
