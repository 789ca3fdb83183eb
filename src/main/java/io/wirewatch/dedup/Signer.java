package io.wirewatch.dedup;

import io.wirewatch.model.SignedItem;
import io.wirewatch.model.WireItem;
import io.wirewatch.stories.TermProfiles;
import java.util.function.Function;

/** Computes an item's signatures (text fingerprint and weighted terms) in the parallel parse stage. */
public final class Signer implements Function<WireItem, SignedItem> {
  private final ContentSignatures content;
  private final TermProfiles terms;

  public Signer(ContentSignatures content, TermProfiles terms) {
    this.content = content;
    this.terms = terms;
  }

  public static Signer standard() {
    return new Signer(ContentSignatures.standard(), new TermProfiles(TermProfiles.Weights.standard()));
  }

  @Override
  public SignedItem apply(WireItem item) {
    return new SignedItem(item, content.of(item), terms.of(item));
  }
}
