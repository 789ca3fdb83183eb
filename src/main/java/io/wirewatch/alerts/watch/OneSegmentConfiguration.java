package io.wirewatch.alerts.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.monitor.MonitorConfiguration;

/**
 * A Monitor whose query index is one segment after every commit. Each item's presearcher query looks up
 * every term of the item in every segment of the query index, so a watchlist registered in batches (which
 * bounds the heap its loading needs) would otherwise leave several segments and pay that lookup several
 * times per item, more than the matching itself. Each commit waits for the merge; loading 10,000 queries in
 * batches of 500 rewrites small documents a few times over, a second or two once per reload.
 */
final class OneSegmentConfiguration extends MonitorConfiguration {
  /** Long enough for any watchlist's merge; a commit that gives up waiting still merges in the background. */
  private static final long MERGE_WAIT_MILLIS = 120_000;

  @Override
  protected IndexWriterConfig getIndexWriterConfig() {
    IndexWriterConfig config = super.getIndexWriterConfig();
    config.setMergePolicy(new MergeAllOnCommit(config.getMergePolicy()));
    config.setMaxFullFlushMergeWaitMillis(MERGE_WAIT_MILLIS);
    return config;
  }

  /** Merges every segment not already merging into one when the writer commits. */
  private static final class MergeAllOnCommit extends FilterMergePolicy {
    MergeAllOnCommit(org.apache.lucene.index.MergePolicy in) {
      super(in);
    }

    @Override
    public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
        throws IOException {
      List<SegmentCommitInfo> free = new ArrayList<>();
      for (SegmentCommitInfo s : infos) {
        if (!context.getMergingSegments().contains(s)) {
          free.add(s);
        }
      }
      if (free.size() < 2) {
        return null;
      }
      MergeSpecification spec = new MergeSpecification();
      spec.add(new OneMerge(free));
      return spec;
    }
  }
}
