package io.wirewatch.kafka;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * RocksDB settings for every persistent store of the process: one block cache and one memtable budget shared
 * by all stores, and compressed tables. By default each RocksDB store has its own 50 MB block cache and up to
 * three 16 MB memtables, so the process's native memory grows with the number of stores and partitions (a
 * dozen here, more with every partition an instance takes) however little state they hold; Kafka Streams also
 * writes the tables uncompressed, and the stores hold text (remembered versions, story profiles). Shared and
 * bounded, the stores take at most {@value #TOTAL_MB} MB of native memory together (memtables count against the
 * cache), and the tables take about half the disk. Set as Streams' {@code rocksdb.config.setter}
 * (overridable in configuration: {@code kafka.streams.rocksdb.config.setter}).
 */
public final class BoundedStateMemory implements RocksDBConfigSetter {
  /** Block cache and memtables of every store of the process together. */
  static final long TOTAL_MB = 128;
  /** The part of it that memtables may take. */
  static final long MEMTABLES_MB = 32;
  private static final long MEMTABLE_MB = 8;
  private static final double INDEX_AND_FILTER_RATIO = 0.1;

  private static final Cache CACHE = new LRUCache(TOTAL_MB << 20, -1, false, INDEX_AND_FILTER_RATIO);
  private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLES_MB << 20, CACHE);

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(CACHE);
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setTableFormatConfig(table);
    options.setWriteBufferManager(WRITE_BUFFERS);
    options.setWriteBufferSize(MEMTABLE_MB << 20);
    options.setMaxWriteBufferNumber(2);
    options.setCompressionType(CompressionType.LZ4_COMPRESSION);
  }

  @Override
  public void close(String storeName, Options options) {
    // the cache and the write-buffer manager are shared by every store of the process: never closed here
  }
}
