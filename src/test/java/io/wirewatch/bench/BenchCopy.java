package io.wirewatch.bench;

import io.wirewatch.model.PubStatus;
import io.wirewatch.model.WireItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up incident reports of about 2 KB for benchmarks, in English and French: paragraphs written for the
 * benchmark (invented places, counts drawn from a seeded generator), so every run reads the same items and
 * each item differs from the last. Not agency copy and not news text.
 */
final class BenchCopy {
  private static final String[] TOWNS = {"Corvalle", "Nessington", "Ardmoor", "Pellin", "Vasque", "Oltrine",
      "Brackwater", "Semmery", "Lunevault", "Kestrow"};
  private static final String[] REGIONS = {"Hollin", "Daroque", "Upper Meave", "Sarn", "Tessaly Vale"};
  private static final String[] EN_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};
  private static final String[] FR_DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
      "dimanche"};
  private static final String[] EN_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
      "eleven", "twelve"};
  private static final String[] FR_WORDS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
      "onze", "douze"};

  private static final String[] EN = {
      "{N} people were killed and {M} others injured when gunmen attacked a market in {town}, in the {region} "
          + "region, on {day}, officials said.",
      "Police said {K} suspects had been arrested after overnight raids, and {E} residents were moved to "
          + "shelters on the edge of {town}.",
      "The provincial governor, who visited the scene, said the toll could rise as rescuers searched the "
          + "rubble of {B} houses.",
      "A health ministry spokesman said {H} of the injured were in serious condition at the district hospital "
          + "in {town2}.",
      "Witnesses described hearing several explosions shortly after dawn, followed by gunfire that lasted "
          + "for about {mins} minutes.",
      "Last year, a similar attack on the same road killed {P} people.",
      "Schools and shops in {town} stayed closed on {day} as troops patrolled the main streets.",
      "The army said it had deployed {T} soldiers to the area and set up checkpoints on the roads to {town2}.",
      "Aid groups said about {D} families had fled their villages since the fighting began on {day}.",
      "The interior minister called the attack cowardly and promised that those responsible would be "
          + "brought to justice.",
      "A local official said {w} members of one family were among the dead, and that a school teacher was "
          + "missing.",
      "Farmers in the hills above {town2} said armed men had taken cattle and burned grain stores in the "
          + "weeks before the attack."};

  private static final String[] FR = {
      "{N} personnes ont été tuées et {M} autres blessées lorsque des hommes armés ont attaqué un marché à "
          + "{town}, dans la région de {region}, {day}, selon les autorités.",
      "La police a indiqué que {K} suspects avaient été arrêtés lors d'opérations nocturnes et que {E} "
          + "habitants avaient été évacués vers des abris en périphérie de {town}.",
      "Le gouverneur de la province, qui s'est rendu sur place, a déclaré que le bilan pourrait s'alourdir, "
          + "les secouristes fouillant les décombres de {B} maisons.",
      "Selon un porte-parole du ministère de la Santé, {H} des blessés se trouvaient dans un état grave à "
          + "l'hôpital de {town2}.",
      "Des témoins ont raconté avoir entendu plusieurs explosions peu après l'aube, suivies de tirs pendant "
          + "environ {mins} minutes.",
      "L'an dernier, une attaque semblable sur la même route avait fait {P} morts.",
      "Les écoles et les commerces de {town} sont restés fermés {day} tandis que des soldats patrouillaient "
          + "dans les rues principales.",
      "L'armée a indiqué avoir déployé {T} soldats dans la zone et installé des points de contrôle sur les "
          + "routes menant à {town2}.",
      "Selon des organisations humanitaires, environ {D} familles ont fui leurs villages depuis le début des "
          + "combats {day}.",
      "Le ministre de l'Intérieur a qualifié l'attaque de lâche et promis que les responsables seraient "
          + "traduits en justice.",
      "Un responsable local a précisé que {w} membres d'une même famille figuraient parmi les morts et qu'un "
          + "instituteur était porté disparu.",
      "Des paysans des collines situées au-dessus de {town2} ont affirmé que des hommes armés avaient volé du "
          + "bétail et incendié des greniers dans les semaines précédant l'attaque."};

  private BenchCopy() {}

  /** {@code count} items of about {@code chars} characters in {@code lang} ("en" or "fr"), seeded. */
  static List<WireItem> items(String lang, int count, int chars, long seed) {
    boolean fr = lang.equals("fr");
    String[] paragraphs = fr ? FR : EN;
    Random random = new Random(seed);
    List<WireItem> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String town = TOWNS[random.nextInt(TOWNS.length)];
      String town2 = TOWNS[random.nextInt(TOWNS.length)];
      String day = (fr ? FR_DAYS : EN_DAYS)[random.nextInt(7)];
      int killed = 3 + random.nextInt(60);
      List<String> body = new ArrayList<>();
      int size = 0;
      int first = 0;
      while (size < chars) {
        String p = first++ == 0 ? paragraphs[0] : paragraphs[random.nextInt(paragraphs.length)];
        p = p.replace("{N}", Integer.toString(killed))
            .replace("{M}", Integer.toString(2 + random.nextInt(120)))
            .replace("{K}", Integer.toString(1 + random.nextInt(40)))
            .replace("{E}", String.format(fr ? "%,d" : "%,d", 100 + random.nextInt(20_000))
                .replace(',', fr ? '\u202f' : ','))
            .replace("{B}", Integer.toString(2 + random.nextInt(50)))
            .replace("{H}", Integer.toString(1 + random.nextInt(15)))
            .replace("{mins}", Integer.toString(5 + random.nextInt(55)))
            .replace("{P}", Integer.toString(2 + random.nextInt(80)))
            .replace("{T}", Integer.toString(100 + 50 * random.nextInt(40)))
            .replace("{D}", Integer.toString(50 + 10 * random.nextInt(300)))
            .replace("{w}", (fr ? FR_WORDS : EN_WORDS)[random.nextInt(10)])
            .replace("{town2}", town2).replace("{town}", town)
            .replace("{region}", REGIONS[random.nextInt(REGIONS.length)]).replace("{day}", day);
        body.add(p);
        size += p.length() + 1;
      }
      String headline = fr ? killed + " morts dans une attaque contre un marché à " + town
          : killed + " killed in attack on market in " + town;
      out.add(new WireItem("urn:bench:figures:" + lang + ":" + i, "1", Instant.parse("2026-03-04T10:00:00Z"),
          null, "bench", lang, headline, body, null, null, null, null, 3, PubStatus.USABLE, List.of(), null,
          List.of(), List.of(), "bench", "text", null));
    }
    return out;
  }
}
