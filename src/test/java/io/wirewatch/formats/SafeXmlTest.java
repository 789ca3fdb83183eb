package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SafeXmlTest {

  @Test
  @Timeout(5)
  void shouldRefuseExternalEntityWithoutResolvingIt() {
    ParseResult.Rejected rejected = Fixtures.rejected(Fixtures.bytes("bad/xxe.xml"), RejectReason.DTD_FORBIDDEN);

    assertThat(rejected.message()).isEqualTo("XML DOCTYPE not allowed (DTDs and entities are refused)");
  }

  @Test
  @Timeout(5)
  void shouldRefuseEntityExpansionBombQuicklyWithBoundedMemory() {
    Runtime rt = Runtime.getRuntime();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();

    Fixtures.rejected(Fixtures.bytes("bad/laughs.xml"), RejectReason.DTD_FORBIDDEN);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(rt.totalMemory() - rt.freeMemory() - before).isLessThan(64L << 20);
  }

  @Test
  void shouldRefuseDoctypeHiddenAfterAPrologCommentThroughTheEventGuard() {
    String xml = "<?xml version=\"1.0\"?><!-- <x> --><!DOCTYPE a [<!ENTITY e \"boom\">]><a>&e;</a>";

    assertThatThrownBy(() -> drain(SafeXml.open(xml)))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.DTD_FORBIDDEN));
  }

  @Test
  void shouldReportLineAndColumnOfMalformedXml() {
    ParseResult.Rejected rejected = Fixtures.rejected(Fixtures.bytes("bad/malformed.xml"), RejectReason.MALFORMED_XML);

    assertThat(rejected.message()).startsWith("malformed XML at line 4, column");
  }

  @Test
  void shouldRejectUndeclaredEntityReferenceAsMalformed() {
    assertThatThrownBy(() -> XmlTree.parse("<a>&nope;</a>"))
        .isInstanceOfSatisfying(RejectedInputException.class,
            e -> assertThat(e.reason()).isIn(RejectReason.MALFORMED_XML, RejectReason.DTD_FORBIDDEN));
  }

  @Test
  void shouldReadRootElementOfWellFormedXml() {
    assertThat(SafeXml.rootElement("<?xml version=\"1.0\"?>\n<nitf><head/></nitf>")).isEqualTo("nitf");
  }

@Test
  void shouldDropADoctypeWhoseSubsetOnlyPullsInExternalDtdsAndKeepRefusingAnyOther() {
    String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE NewsML PUBLIC \"p\" \"NewsML.dtd\" [\n"
        + "  <!ENTITY % nitf SYSTEM \"nitf.dtd\">\n  %nitf;\n]>\n<NewsML/>";
    String general = "<!DOCTYPE NewsML [ <!ENTITY nitf SYSTEM \"file:///etc/passwd\"> ]><NewsML>&nitf;</NewsML>";
    String literal = "<!DOCTYPE NewsML [ <!ENTITY % p \"<!ENTITY x 'y'>\"> %p; ]><NewsML/>";

    assertThat(SafeXml.rootElement(SafeXml.withoutExternalDoctype(external))).isEqualTo("NewsML");
    for (String refused : new String[] {general, literal}) {
      assertThatThrownBy(() -> SafeXml.rootElement(SafeXml.withoutExternalDoctype(refused)))
          .isInstanceOfSatisfying(RejectedInputException.class,
              e -> assertThat(e.reason()).isEqualTo(RejectReason.DTD_FORBIDDEN));
    }
  }

    private static void drain(XMLStreamReader r) throws Exception {
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
    }
  }
}
