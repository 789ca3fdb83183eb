package io.wirewatch.formats;

/** Thrown by parsers when input cannot become an item; carries the reason for {@code wire.dlq}. */
public final class RejectedInputException extends RuntimeException {
  private final RejectReason reason;

  public RejectedInputException(RejectReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public RejectedInputException(RejectReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
