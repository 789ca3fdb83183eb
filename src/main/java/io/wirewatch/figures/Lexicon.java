package io.wirewatch.figures;

import io.wirewatch.model.Figure.Metric;
import java.util.Map;
import java.util.Set;

/** The words the extractor reads: metric cues, person nouns, qualifiers and the markers that reject a number. */
final class Lexicon {
  private Lexicon() {}

  /** Words after a number (or its noun) that name the metric: "49 soldiers were killed", "7 missing". */
  static final Map<String, Metric> PASSIVE_CUES = Map.ofEntries(
      Map.entry("killed", Metric.KILLED), Map.entry("dead", Metric.KILLED), Map.entry("died", Metric.KILLED),
      Map.entry("dies", Metric.KILLED), Map.entry("deceased", Metric.KILLED),
      Map.entry("slain", Metric.KILLED), Map.entry("murdered", Metric.KILLED),
      Map.entry("deaths", Metric.KILLED), Map.entry("perished", Metric.KILLED),
      Map.entry("lives", Metric.KILLED), Map.entry("fatalities", Metric.KILLED),
      Map.entry("injured", Metric.INJURED), Map.entry("wounded", Metric.INJURED),
      Map.entry("hurt", Metric.INJURED), Map.entry("hospitalised", Metric.INJURED),
      Map.entry("hospitalized", Metric.INJURED), Map.entry("treated", Metric.INJURED),
      Map.entry("hospital", Metric.INJURED),
      Map.entry("missing", Metric.MISSING), Map.entry("trapped", Metric.MISSING),
      Map.entry("unaccounted", Metric.MISSING),
      Map.entry("evacuated", Metric.EVACUATED), Map.entry("sheltered", Metric.EVACUATED),
      Map.entry("shelters", Metric.EVACUATED), Map.entry("relocated", Metric.EVACUATED),
      Map.entry("evacuation", Metric.EVACUATED),
      Map.entry("displaced", Metric.DISPLACED), Map.entry("homeless", Metric.DISPLACED),
      Map.entry("fled", Metric.DISPLACED), Map.entry("camps", Metric.DISPLACED),
      Map.entry("detained", Metric.ARRESTED), Map.entry("arrested", Metric.ARRESTED),
      Map.entry("detention", Metric.ARRESTED), Map.entry("custody", Metric.ARRESTED),
      Map.entry("deployed", Metric.TROOPS), Map.entry("sent", Metric.TROOPS),
      Map.entry("dispatched", Metric.TROOPS), Map.entry("mobilised", Metric.TROOPS),
      Map.entry("mobilized", Metric.TROOPS), Map.entry("stationed", Metric.TROOPS));

  /** Active verbs before a number: "killing at least two people", "evacuated 310,000 people". */
  static final Map<String, Metric> ACTIVE_CUES = Map.ofEntries(
      Map.entry("killed", Metric.KILLED), Map.entry("killing", Metric.KILLED), Map.entry("kills", Metric.KILLED),
      Map.entry("kill", Metric.KILLED), Map.entry("lost", Metric.KILLED), Map.entry("claimed", Metric.KILLED),
      Map.entry("slaying", Metric.KILLED), Map.entry("slays", Metric.KILLED), Map.entry("slew", Metric.KILLED),
      Map.entry("murdered", Metric.KILLED), Map.entry("murdering", Metric.KILLED),
      Map.entry("injured", Metric.INJURED), Map.entry("injuring", Metric.INJURED),
      Map.entry("injures", Metric.INJURED), Map.entry("wounded", Metric.INJURED),
      Map.entry("wounding", Metric.INJURED), Map.entry("wounds", Metric.INJURED),
      Map.entry("hurt", Metric.INJURED), Map.entry("hurting", Metric.INJURED),
      Map.entry("evacuated", Metric.EVACUATED), Map.entry("evacuating", Metric.EVACUATED),
      Map.entry("evacuates", Metric.EVACUATED), Map.entry("evacuate", Metric.EVACUATED),
      Map.entry("moved", Metric.EVACUATED), Map.entry("moves", Metric.EVACUATED),
      Map.entry("moving", Metric.EVACUATED), Map.entry("relocated", Metric.EVACUATED),
      Map.entry("displaced", Metric.DISPLACED), Map.entry("displacing", Metric.DISPLACED),
      Map.entry("detained", Metric.ARRESTED), Map.entry("detaining", Metric.ARRESTED),
      Map.entry("detains", Metric.ARRESTED), Map.entry("arrested", Metric.ARRESTED),
      Map.entry("arresting", Metric.ARRESTED), Map.entry("arrests", Metric.ARRESTED),
      Map.entry("deployed", Metric.TROOPS), Map.entry("deploying", Metric.TROOPS),
      Map.entry("deploys", Metric.TROOPS), Map.entry("sent", Metric.TROOPS), Map.entry("sends", Metric.TROOPS),
      Map.entry("sending", Metric.TROOPS), Map.entry("dispatched", Metric.TROOPS),
      Map.entry("mobilised", Metric.TROOPS), Map.entry("mobilized", Metric.TROOPS));

  /** Nouns of a toll: "the death toll rose to 11", "the number of injured rose to 38". */
  static final Map<String, Metric> TOLL_NOUNS = Map.ofEntries(
      Map.entry("toll", Metric.KILLED), Map.entry("losses", Metric.KILLED), Map.entry("dead", Metric.KILLED),
      Map.entry("deaths", Metric.KILLED), Map.entry("killed", Metric.KILLED),
      Map.entry("injured", Metric.INJURED), Map.entry("wounded", Metric.INJURED),
      Map.entry("hurt", Metric.INJURED), Map.entry("injuries", Metric.INJURED),
      Map.entry("missing", Metric.MISSING), Map.entry("evacuees", Metric.EVACUATED),
      Map.entry("evacuated", Metric.EVACUATED), Map.entry("displaced", Metric.DISPLACED),
      Map.entry("homeless", Metric.DISPLACED), Map.entry("detained", Metric.ARRESTED),
      Map.entry("arrested", Metric.ARRESTED), Map.entry("arrests", Metric.ARRESTED),
      Map.entry("detainees", Metric.ARRESTED), Map.entry("detentions", Metric.ARRESTED));

  /** Nouns for armed forces: their figures get a side even when the text does not name it. */
  static final Set<String> TROOP_NOUNS = Set.of("soldiers", "soldier", "troops", "servicemen", "serviceman",
      "servicemembers", "personnel", "peacekeepers", "marines", "paratroopers", "reservists", "conscripts");

  /** Nouns that count people (besides troops and demonyms). */
  static final Set<String> PERSON_NOUNS = Set.of("people", "persons", "person", "civilians", "civilian",
      "others", "residents", "villagers", "miners", "miner", "fishermen", "fisherman", "passengers",
      "passenger", "protesters", "protester", "demonstrators", "inmates", "inmate", "prisoners", "guards",
      "guard", "officers", "officer", "policemen", "police", "workers", "worker", "children", "child",
      "students", "student", "pilgrims", "citizens", "nationals", "migrants", "refugees", "victims",
      "men", "women", "man", "woman", "boys", "girls", "boy", "girl", "teenagers", "teens", "adults",
      "tourists", "patients", "staff", "crew", "members", "militants", "fighters", "rebels", "insurgents",
      "survivors", "families", "individuals", "suspects", "activists", "journalists", "bystanders",
      "firefighters", "employees", "climbers", "hikers", "sailors", "crewmen", "infants", "babies",
      "evacuees", "dead", "deaths", "bodies", "casualties", "more", "americans", "deputies", "troopers",
      "juveniles", "toddlers", "partygoers", "relatives", "youths", "kids", "customers", "patrons", "males",
      "females", "friends", "brothers", "sisters", "neighbors", "gunmen", "sons", "daughters", "parents",
      "grandparents", "grandchildren", "grandsons", "granddaughters", "siblings", "cousins", "nephews",
      "nieces", "mothers", "fathers", "wives", "husbands", "stepchildren", "stepsons", "stepdaughters",
      "couples", "couple");

  /** Qualifier phrases before a number, longest first. */
  static final Map<String, io.wirewatch.model.Figure.Qualifier> QUALIFIERS = Map.ofEntries(
      Map.entry("at least", io.wirewatch.model.Figure.Qualifier.AT_LEAST),
      Map.entry("more than", io.wirewatch.model.Figure.Qualifier.MORE_THAN),
      Map.entry("over", io.wirewatch.model.Figure.Qualifier.MORE_THAN),
      Map.entry("upwards of", io.wirewatch.model.Figure.Qualifier.MORE_THAN),
      Map.entry("about", io.wirewatch.model.Figure.Qualifier.ABOUT),
      Map.entry("around", io.wirewatch.model.Figure.Qualifier.ABOUT),
      Map.entry("some", io.wirewatch.model.Figure.Qualifier.ABOUT),
      Map.entry("roughly", io.wirewatch.model.Figure.Qualifier.ABOUT),
      Map.entry("approximately", io.wirewatch.model.Figure.Qualifier.ABOUT),
      Map.entry("an estimated", io.wirewatch.model.Figure.Qualifier.ABOUT),
      Map.entry("nearly", io.wirewatch.model.Figure.Qualifier.NEARLY),
      Map.entry("almost", io.wirewatch.model.Figure.Qualifier.NEARLY),
      Map.entry("close to", io.wirewatch.model.Figure.Qualifier.NEARLY),
      Map.entry("up to", io.wirewatch.model.Figure.Qualifier.UP_TO),
      Map.entry("as many as", io.wirewatch.model.Figure.Qualifier.UP_TO),
      Map.entry("fewer than", io.wirewatch.model.Figure.Qualifier.LESS_THAN),
      Map.entry("less than", io.wirewatch.model.Figure.Qualifier.LESS_THAN));

  /** Words right after a number that make it something other than a count of people. */
  static final Set<String> NOT_PEOPLE = Set.of("%", "percent", "per", "pct", "gmt", "utc", "a.m.", "p.m.",
      "am", "pm", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
      "minutes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "kph", "mph",
      "hectares", "acres", "tonnes", "tons", "euros", "dollars", "rupees", "pounds", "yuan", "rounds",
      "knockouts", "wins", "defeats", "votes", "seats", "points", "goals", "stores", "shops", "products",
      "jobs", "trains", "shelters", "districts", "villages", "homes", "houses", "buildings", "vehicles",
      "cars", "trawlers", "boats", "ships", "aircraft", "planes", "times", "shots", "bullets",
      "centuries", "decades", "storeys", "floors", "counts", "charges");

  /** Words marking a figure as earlier than the current one ("police earlier put the number at 30"). */
  static final Set<String> PREVIOUS_MARKERS = Set.of("earlier", "initially", "previously", "originally");

  /** Words marking a sentence as reporting a revision ("rose to", "revised down", "up from"). */
  static final Set<String> REVISION_MARKERS = Set.of("rose", "risen", "rises", "rising", "raised", "raising",
      "raises", "climbed", "increased", "jumped", "revised", "lowered", "fell", "fallen", "dropped",
      "corrected", "correcting", "updated", "up", "down");

  /** Negations that cancel a figure between the number and its cue. */
  static final Set<String> NEGATIONS = Set.of("no", "not", "n't", "never", "none", "nobody", "without");

  /** A negation word, or a contraction of one ("weren't", "didn't"). */
  static boolean negation(Token tok) {
    return NEGATIONS.contains(tok.lower()) || tok.lower().endsWith("n't");
  }

  /** Words that make a number an offer or a plan, not a count. */
  static final Set<String> OFFERS = Set.of("offer", "offered", "offers", "offering", "ready", "willing",
      "hand", "handover", "exchange", "swap", "return", "plans", "plan", "could", "would", "may", "might",
      "expects", "expected");

  /** Words after a number and its noun that make it a count of something else (hostages, released). */
  static final Set<String> OTHER_COUNTS = Set.of("hostage", "hostages", "released", "freed", "rescued",
      "returned", "charged", "sentenced", "convicted", "working", "joined", "rallied", "gathered",
      "attended", "employed", "aboard", "board", "duty", "underground", "saved");

  /** Superlatives whose "since <year>" is a comparison, not a date of the figure. */
  static boolean superlative(Token t) {
    return t.lower().endsWith("est") && t.lower().length() > 4 || t.is("first", "worst", "most");
  }
}
