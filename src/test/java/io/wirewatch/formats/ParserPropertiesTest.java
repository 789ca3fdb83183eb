package io.wirewatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every parser, fed damaged copies of our own fixtures (truncations, bit flips, random bytes, deep nesting,
 * invalid UTF-8, control characters, huge fields), either returns items or throws
 * {@link RejectedInputException} with a reason: never another exception. The same bytes through
 * {@link WireParsers} never end in its catch-all ("unreadable ...: java.lang..."), which only an unexpected
 * exception reaches.
 */
class ParserPropertiesTest {
  private static final int TRIES = 10_000;
  private static final WireParsers PARSERS = new WireParsers(WireParsers.DEFAULT_MAX_BYTES);
  private static final byte[][] INVALID_UTF8 = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xFF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
  private static final String[] NESTING = {"[", "{\"a\":", "<a>", "<p><b>", "(", "\u0016\u0001"};
  private static final String[] HUGE = {"x", "\"", "&amp;", "<", " ", "\u0301", "9,"};

  private static void parsesOrRejects(WireParser parser, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      List<io.wirewatch.model.WireItem> items = parser.parse(text);
      assertThat(items).isNotEmpty();
    } catch (RejectedInputException e) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.getMessage()).isNotBlank();
    }
    ParseResult whole = PARSERS.parse(bytes, "property");
    if (whole instanceof ParseResult.Rejected r) {
      assertThat(r.message()).as("an unexpected exception reached the catch-all")
          .doesNotMatch("(?s)unreadable (input|\\S+ item): .*");
    }
  }

  private static List<byte[]> seeds(String dir) {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/formats", dir))) {
      return files.sorted().map(f -> {
        try {
          return Files.readAllBytes(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Damaged copies of the fixtures in {@code dir}. */
  private static Arbitrary<byte[]> damaged(String dir) {
    Arbitrary<byte[]> seed = Arbitraries.of(seeds(dir));
    Arbitrary<byte[]> truncated = seed.flatMap(s -> Arbitraries.integers().between(0, s.length)
        .map(n -> Arrays.copyOf(s, n)));
    Arbitrary<byte[]> flipped = seed.flatMap(s -> Arbitraries.integers().between(0, s.length * 8 - 1).list()
        .ofMinSize(1).ofMaxSize(8).map(bits -> {
          byte[] out = s.clone();
          bits.forEach(b -> out[b / 8] ^= (byte) (1 << (b % 8)));
          return out;
        }));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
    Arbitrary<byte[]> nested = Combinators.combine(seed, Arbitraries.of(NESTING), Arbitraries.integers().between(1, 5_000))
        .flatAs((s, token, depth) -> Arbitraries.integers().between(0, s.length)
            .map(at -> insert(s, at, token.repeat(depth).getBytes(StandardCharsets.UTF_8))));
    Arbitrary<byte[]> badUtf8 = Combinators.combine(seed, Arbitraries.of(INVALID_UTF8))
        .flatAs((s, bad) -> Arbitraries.integers().between(0, s.length).map(at -> insert(s, at, bad)));
    Arbitrary<byte[]> controls = seed.flatMap(s -> Arbitraries.integers().between(0, s.length).list().ofMinSize(1)
        .ofMaxSize(20).flatMap(positions -> Arbitraries.bytes().between((byte) 0, (byte) 0x1F).list()
            .ofSize(positions.size()).map(cs -> {
              byte[] out = s;
              for (int i = 0; i < positions.size(); i++) {
                out = insert(out, Math.min(positions.get(i), out.length), new byte[] {cs.get(i)});
              }
              return out;
            })));
    Arbitrary<byte[]> huge = Combinators.combine(seed, Arbitraries.of(HUGE), Arbitraries.integers().between(10_000, 60_000))
        .flatAs((s, unit, n) -> Arbitraries.integers().between(0, s.length)
            .map(at -> insert(s, at, unit.repeat(n / unit.length()).getBytes(StandardCharsets.UTF_8))));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, truncated), net.jqwik.api.Tuple.of(5, flipped), net.jqwik.api.Tuple.of(2, random),
        net.jqwik.api.Tuple.of(2, nested), net.jqwik.api.Tuple.of(3, badUtf8), net.jqwik.api.Tuple.of(3, controls),
        net.jqwik.api.Tuple.of(1, huge));
  }

  private static byte[] insert(byte[] s, int at, byte[] what) {
    byte[] out = new byte[s.length + what.length];
    System.arraycopy(s, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(s, at, out, at + what.length, s.length - at);
    return out;
  }

  @Provide Arbitrary<byte[]> ninjs1() { return damaged("ninjs-1"); }
  @Provide Arbitrary<byte[]> ninjs2() { return damaged("ninjs-2"); }
  @Provide Arbitrary<byte[]> ninjs3() { return damaged("ninjs-3"); }
  @Provide Arbitrary<byte[]> newsmlG2() { return damaged("newsml-g2"); }
  @Provide Arbitrary<byte[]> newsml1() { return damaged("newsml-1"); }
  @Provide Arbitrary<byte[]> nitf() { return damaged("nitf"); }
  @Provide Arbitrary<byte[]> iptc7901() { return damaged("iptc-7901"); }
  @Provide Arbitrary<byte[]> anpa1312() { return damaged("anpa-1312"); }
  @Provide Arbitrary<byte[]> rss() { return damaged("rss"); }
  @Provide Arbitrary<byte[]> atom() { return damaged("atom"); }
  @Provide Arbitrary<byte[]> text() { return damaged("text"); }

  @Property(tries = TRIES)
  void ninjs1ParsesOrRejects(@ForAll("ninjs1") byte[] b) { parsesOrRejects(new NinjsParser(WireFormat.NINJS_1), b); }

  @Property(tries = TRIES)
  void ninjs2ParsesOrRejects(@ForAll("ninjs2") byte[] b) { parsesOrRejects(new NinjsParser(WireFormat.NINJS_2), b); }

  @Property(tries = TRIES)
  void ninjs3ParsesOrRejects(@ForAll("ninjs3") byte[] b) { parsesOrRejects(new NinjsParser(WireFormat.NINJS_3), b); }

  @Property(tries = TRIES)
  void newsMlG2ParsesOrRejects(@ForAll("newsmlG2") byte[] b) { parsesOrRejects(new NewsMlG2Parser(), b); }

  @Property(tries = TRIES)
  void newsMl1ParsesOrRejects(@ForAll("newsml1") byte[] b) { parsesOrRejects(new NewsMl1Parser(), b); }

  @Property(tries = TRIES)
  void nitfParsesOrRejects(@ForAll("nitf") byte[] b) { parsesOrRejects(new NitfParser(), b); }

  @Property(tries = TRIES)
  void iptc7901ParsesOrRejects(@ForAll("iptc7901") byte[] b) { parsesOrRejects(new Iptc7901Parser(), b); }

  @Property(tries = TRIES)
  void anpa1312ParsesOrRejects(@ForAll("anpa1312") byte[] b) { parsesOrRejects(new Anpa1312Parser(), b); }

  @Property(tries = TRIES)
  void rssParsesOrRejects(@ForAll("rss") byte[] b) { parsesOrRejects(new FeedParser(WireFormat.RSS), b); }

  @Property(tries = TRIES)
  void atomParsesOrRejects(@ForAll("atom") byte[] b) { parsesOrRejects(new FeedParser(WireFormat.ATOM), b); }

  @Property(tries = TRIES)
  void plainTextParsesOrRejects(@ForAll("text") byte[] b) { parsesOrRejects(new PlainTextParser(), b); }
}
