// Extractor: events per clause with a date or a causal cue, dating provenance, causal links.
// Sentences here are written for the tests; dates are given as hand-built timexes.
#include "importers/extract/extractor.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <tuple>

using namespace causeline;

namespace {

const extract::Extractor& extractor() {
  static auto ex = extract::Extractor::load(CAUSELINE_LANG_DIR);
  REQUIRE(ex.ok());
  return **ex;
}

/// A DATE timex over the first occurrence of `surface` in text.
timex::Timex date_at(const std::string& text, const std::string& surface,
                     const std::string& value) {
  size_t b = text.find(surface);
  REQUIRE(b != std::string::npos);
  return timex::Timex{b, b + surface.size(), "DATE", TimeValue::parse(value), "test"};
}

Document doc_of(std::string id, std::string lang, std::string text) {
  Document d;
  d.id = std::move(id);
  d.lang = std::move(lang);
  d.text = std::move(text);
  return d;
}

/// The event whose trigger is the first occurrence of `word`.
const Event* by_trigger(const extract::Extraction& ex, const Document& d, const std::string& word) {
  size_t b = d.text.find(word);
  for (const auto& e : ex.events) {
    if (e.sources.front().trigger_begin == b)
      return &e;
  }
  return nullptr;
}

/// The event whose evidence covers the first occurrence of `word`.
const Event* by_evidence(const extract::Extraction& ex, const Document& d,
                         const std::string& word) {
  size_t b = d.text.find(word);
  for (const auto& e : ex.events) {
    const Source& s = e.sources.front();
    if (s.evidence_begin <= b && b < s.evidence_end)
      return &e;
  }
  return nullptr;
}

bool linked(const extract::Extraction& ex, const Event* cause, const Event* effect, LinkType t) {
  if (!cause || !effect)
    return false;
  return std::any_of(ex.links.begin(), ex.links.end(), [&](const Link& l) {
    return l.from == cause->id && l.to == effect->id && l.type == t;
  });
}

/// Extracts `text` (in `lang`, no dates) and checks that the event triggered by the first
/// occurrence of `cause` caused the one triggered by `effect`; returns the extraction.
extract::Extraction check_caused(const std::string& lang, const std::string& text,
                                 const std::string& cause, const std::string& effect) {
  CAPTURE(text);
  Document d = doc_of("c", lang, text);
  auto ex = extractor().run(d, {});
  const Event* c = by_trigger(ex, d, cause);
  const Event* e = by_trigger(ex, d, effect);
  REQUIRE(c);
  REQUIRE(e);
  CHECK(linked(ex, c, e, LinkType::caused));
  return ex;
}

/// The body of a sample article (the text after its header block).
std::string sample_body(const std::string& name) {
  std::ifstream in(std::string(CAUSELINE_SAMPLES_DIR) + "/articles/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  const std::string raw = s.str();
  const size_t blank = raw.find("\n\n");
  REQUIRE(blank != std::string::npos);
  return raw.substr(blank + 2);
}

}  // namespace

TEST_CASE("extract: 'after DATE, when X' dates X and reads it as the cause of the change",
          "[extract][dating][causal]") {
  const std::string text =
      "Il traffico sul lago si è ridotto dopo il marzo 2024, quando il comune ha chiuso il ponte "
      "principale.";
  Document d = doc_of("lago", "it", text);
  auto ex = extractor().run(d, {date_at(text, "marzo 2024", "2024-03")});
  const Event* change = by_trigger(ex, d, "ridotto");
  const Event* closing = by_trigger(ex, d, "chiuso");
  REQUIRE(change);
  REQUIRE(closing);
  CHECK(change->when.str() == "2024-03");
  CHECK(change->when.mod() == TimeMod::after);
  CHECK(change->dating == Dating::explicit_);
  CHECK(closing->when.str() == "2024-03");
  CHECK(closing->when.mod() == TimeMod::none);
  CHECK(closing->dating == Dating::inherited);
  CHECK(closing->type == "halt");
  CHECK(linked(ex, closing, change, LinkType::caused));
  // Evidence lies in the sentence and covers the trigger.
  const Source& s = closing->sources.front();
  CHECK(s.evidence == text.substr(s.evidence_begin, s.evidence_end - s.evidence_begin));
  CHECK(s.evidence_begin <= s.trigger_begin);
  CHECK(s.trigger_end <= s.evidence_end);
}

TEST_CASE("extract: prepositional cues with articulated forms link the noun phrase as cause",
          "[extract][causal]") {
  auto [lang, text, cause, effect] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"it", "Le vendite sono crollate a causa delle nuove restrizioni sulle importazioni.",
           "restrizioni", "crollate"},
          {"it", "Il porto ha ripreso a crescere grazie alla riapertura del canale.", "riapertura",
           "crescere"},
          {"fr", "Les ventes ont chuté en raison des sanctions imposées au pays.", "sanctions",
           "chuté"},
          {"fr", "La production a augmenté grâce au lancement de la nouvelle usine.", "lancement",
           "augmenté"},
          {"en", "Exports fell sharply because of the embargo on steel.", "embargo", "fell"},
      }));
  CAPTURE(lang);
  auto ex = check_caused(lang, text, cause, effect);
  CHECK(by_trigger(ex, doc_of("c", lang, text), cause)->dating == Dating::undated);
}

TEST_CASE("extract: a noun phrase headed by a state is not an event", "[extract][causal]") {
  const std::string text =
      "A causa dei requisiti di calcolo per l'addestramento, i chip restano molto richiesti.";
  Document d = doc_of("t", "it", text);
  auto ex = extractor().run(d, {});
  CHECK(ex.links.empty());
  CHECK(ex.events.empty());
}

TEST_CASE("extract: clause cues, coordinated causes and sentence adverbs", "[extract][causal]") {
  const std::string text =
      "The mill stayed open because it had stockpiled ore before the strike and signed new "
      "contracts. Unions protested. As a result, the government launched an inquiry.";
  Document d = doc_of("mill", "en", text);
  auto ex = extractor().run(d, {});
  const Event* open = by_evidence(ex, d, "stayed");
  const Event* stock = by_trigger(ex, d, "stockpiled");
  const Event* signed_ = by_trigger(ex, d, "signed");
  const Event* protest = by_trigger(ex, d, "protested");
  const Event* inquiry = by_trigger(ex, d, "launched");
  CHECK(linked(ex, stock, open, LinkType::caused));
  CHECK(linked(ex, signed_, open, LinkType::caused));
  CHECK(linked(ex, protest, inquiry, LinkType::caused));
}

TEST_CASE("extract: 'which is legal after X' reads X as enabling the antecedent",
          "[extract][causal]") {
  const std::string text =
      "Les villes louent des serveurs à des opérateurs étrangers, ce qui est légal après "
      "l'abrogation de l'ancienne loi.";
  Document d = doc_of("t", "fr", text);
  auto ex = extractor().run(d, {});
  CHECK(
      linked(ex, by_trigger(ex, d, "abrogation"), by_trigger(ex, d, "louent"), LinkType::enabled));
}

TEST_CASE("extract: ids are stable, safe and derived from document and offset", "[extract][ids]") {
  const std::string text = "Prices rose in May 2025 because demand grew.";
  Document d = doc_of("Seed_01 (copy)", "en", text);
  auto a = extractor().run(d, {date_at(text, "May 2025", "2025-05")});
  auto b = extractor().run(d, {date_at(text, "May 2025", "2025-05")});
  REQUIRE(!a.events.empty());
  REQUIRE(a.events.size() == b.events.size());
  for (size_t i = 0; i < a.events.size(); ++i) {
    CHECK(a.events[i].id == b.events[i].id);
    const std::string& id = a.events[i].id;
    CHECK(id.rfind("seed-01-copy-", 0) == 0);
    CHECK(std::all_of(id.begin(), id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }));
  }
}

TEST_CASE("extract: a broken lexicon names the file and line", "[extract][lexicon]") {
  auto ex = extract::Extractor::load(CAUSELINE_TEST_DATA "/bad_lang");
  REQUIRE_FALSE(ex.ok());
  CHECK(ex.error().message.find("cues.tsv:3:") != std::string::npos);
}

TEST_CASE("extract: modality of the clause, or reported for the whole sentence",
          "[extract][modality]") {
  auto [lang, text, word,
        modality] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"en", "The ministry did not ban exports because prices fell.", "ban", "negated"},
      {"en", "Analysts said exports collapsed because demand weakened.", "collapsed", "reported"},
      {"en", "The firm will close the plant because sales dropped.", "close", "planned"},
      {"it", "Il governo non ha vietato le vendite perché i prezzi sono calati.", "vietato",
       "negated"},
      {"fr", "Selon la presse, les ventes ont chuté à cause de la grève.", "chuté", "reported"},
      {"en", "Exports collapsed because demand weakened.", "collapsed", "asserted"},
      {"en", "The firm plans to close the plant because sales dropped.", "close", "planned"},
      {"es", "La empresa va a cerrar la planta porque las ventas cayeron.", "cerrar", "planned"},
      {"de", "Der Konzern teilte mit, die Ausfuhren seien wegen der Nachfrage gestiegen.",
       "gestiegen", "reported"},
  }));
  CAPTURE(lang, text);
  Document d = doc_of("m", lang, text);
  auto ex = extractor().run(d, {});
  const Event* e = by_evidence(ex, d, word);
  REQUIRE(e);
  CHECK(e->modality == modality);
}

TEST_CASE("extract: 'which led to' takes the event before the relative pronoun as cause",
          "[extract][causal]") {
  const std::string text =
      "Beijing banned exports of gallium in December, which led to a jump in prices.";
  Document d = doc_of("t", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(linked(ex, by_trigger(ex, d, "banned"), by_trigger(ex, d, "jump"), LinkType::caused));
}

TEST_CASE("extract: causal links relate the head events of each side", "[extract]") {
  // Each row: text, cause trigger, effect trigger.
  auto [text, cause, effect] = GENERATE(table<std::string, std::string, std::string>({
      {"The blockade touched off a bitter dispute between the two ports.", "blockade", "dispute"},
      {"The harbour board said the strike caused long delays for shippers.", "strike", "delays"},
      {"The mayor will respond to the protest because the council did not consult residents.",
       "consult", "respond"},
      {"Ferry revenue fell sharply because of the planned closure of the northern pier.", "closure",
       "fell"},
      {"Harbour traffic slowed because of the dockers' strike.", "strike", "slowed"},
      {"The port cut its fees to allow small carriers to return.", "cut", "return"},
      {"The storm forced the ferry operator to suspend crossings.", "storm", "suspend"},
      {"Officials reported a fire at the depot, which led to the evacuation of the street.", "fire",
       "evacuation"},
      {"Ferry revenue was hit by an increase in fuel costs.", "increase", "hit"},
      {"The bakery said the sharp drop in sales will result in lower profits.", "drop", "profits"},
  }));
  CAPTURE(text);
  Document d = doc_of("heads", "en", text);
  auto ex = extractor().run(d, {});
  const Event* c = by_trigger(ex, d, cause);
  const Event* e = by_trigger(ex, d, effect);
  CHECK((linked(ex, c, e, LinkType::caused) || linked(ex, c, e, LinkType::enabled)));
}

TEST_CASE("extract: an agent after 'by' is no cause, nor a plain sequence", "[extract]") {
  auto text = GENERATE(as<std::string>{}, "The ferry line was acquired by a group of investors.",
                       "The harbour was inspected by a team of engineers last week.",
                       "The ferry line agreed to be acquired by a group of investors led by "
                       "Harbour Partners Limited.",
                       "The tender offer will be followed by the sale of the terminal.");
  CAPTURE(text);
  Document d = doc_of("agents", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(ex.links.empty());
}

TEST_CASE("extract: a German verb after a relative clause heads the clause before it",
          "[extract][de]") {
  const std::string text =
      "Die Ausfuhren gingen nach dem Mai 2024 zurück, als die Behörde den Handel mit dem Erz, "
      "das vor allem nach Asien geliefert wurde, einschränkte.";
  Document d = doc_of("erz", "de", text);
  auto ex = extractor().run(d, {date_at(text, "Mai 2024", "2024-05")});
  const Event* restriction = by_trigger(ex, d, "einschränkte");
  REQUIRE(restriction);
  CHECK(restriction->type == "restrict");
  CHECK(restriction->when.str() == "2024-05");
  CHECK(restriction->dating != Dating::undated);
  // One clause from "die Behörde" to the verb, the relative clause inside it.
  const Source& s = restriction->sources.front();
  CHECK(text.substr(s.evidence_begin, s.evidence_end - s.evidence_begin) ==
        "die Behörde den Handel mit dem Erz, das vor allem nach Asien geliefert wurde, "
        "einschränkte");
  // The noun "Handel" no longer stands in for the clause's event.
  CHECK_FALSE(by_trigger(ex, d, "Handel"));
}

TEST_CASE("extract: a relative clause with its own event is the effect of the cue after it",
          "[extract][causal]") {
  const std::string text =
      "The labs rent servers abroad to reach the newest accelerators, which they find hard to "
      "obtain at home because of the export controls.";
  Document d = doc_of("labs", "en", text);
  auto ex = extractor().run(d, {});
  const Event* struggle = by_trigger(ex, d, "find");
  const Event* controls = by_evidence(ex, d, "controls");
  const Event* rent = by_trigger(ex, d, "rent");
  REQUIRE(struggle);
  REQUIRE(controls);
  CHECK(struggle->type == "struggle");
  CHECK(linked(ex, controls, struggle, LinkType::caused));
  CHECK_FALSE(linked(ex, controls, rent, LinkType::caused));
}

// Regression (issue 4): the French sample lost the tightening, the move abroad and the link
// between them when sequence cues became causal only before changes and states.
TEST_CASE("extract: the French sample reads the move abroad as the response to the tightening",
          "[extract][causal][samples]") {
  Document d = doc_of("h20-licence-fr", "fr", sample_body("h20-licence-fr.txt"));
  auto ex = extractor().run(
      d, {date_at(d.text, "avril 2025", "2025-04"), date_at(d.text, "15 avril 2025", "2025-04-15"),
          date_at(d.text, "13 mai 2025", "2025-05-13")});
  const Event* tighten = by_trigger(ex, d, "durcissement");
  const Event* move = by_trigger(ex, d, "déplacé");
  REQUIRE(tighten);
  REQUIRE(move);
  CHECK(tighten->type == "tighten");
  CHECK(move->type == "move");
  CHECK(linked(ex, tighten, move, LinkType::caused));
  // The other causal statements of the article stay linked.
  CHECK(linked(ex, by_trigger(ex, d, "abrogé"), by_trigger(ex, d, "louer"), LinkType::caused));
  CHECK(
      linked(ex, by_trigger(ex, d, "accumulé"), by_trigger(ex, d, "entraîner"), LinkType::caused));
}

TEST_CASE("extract: a plain event after an intervention is sequence, not cause", "[extract]") {
  const std::string text = "After the ban, the minister travelled to the coast.";
  Document d = doc_of("seq", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(ex.links.empty());
}

TEST_CASE("extract: one-word cue alternatives beside longer forms ('aufgrund', 'aufgrund von')",
          "[extract][de]") {
  for (const std::string cue : {"aufgrund der", "aufgrund von", "infolge der"}) {
    const std::string text = "Die Rechenzentren in Malaysia wachsen " + cue + " Nachfrage rasant.";
    CAPTURE(text);
    Document d = doc_of("rz", "de", text);
    auto ex = extractor().run(d, {});
    const Event* growth = by_trigger(ex, d, "wachsen");
    const Event* demand = by_trigger(ex, d, "Nachfrage");
    REQUIRE(growth);
    REQUIRE(demand);
    CHECK(linked(ex, demand, growth, LinkType::caused));
  }
}

TEST_CASE("extract: generic events are titled by their own words", "[extract][titles]") {
  Document d = doc_of("h20-licence-en", "en", sample_body("h20-licence-en.txt"));
  auto ex = extractor().run(d, {date_at(d.text, "17 October 2023", "2023-10-17")});
  size_t generic = 0;
  for (const auto& e : ex.events) {
    CAPTURE(e.title);
    if (e.type != "occurrence") {
      CHECK(e.title.rfind(e.type, 0) == 0);  // "type: participants — keys"
      continue;
    }
    ++generic;
    std::string words = e.title;
    const std::string ellipsis = "\xe2\x80\xa6";
    if (words.size() > ellipsis.size() &&
        words.compare(words.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
      words.resize(words.size() - ellipsis.size());
    CHECK(d.text.find(words) != std::string::npos);
  }
  CHECK(generic >= 1);
}

TEST_CASE("extract: an accented verb is not the plain coordination marker ('è' is not 'e')",
          "[extract][it][pt]") {
  // Italian 'è' and Portuguese 'é' fold to 'e' (and): the clause must not be cut before them,
  // or the noun before them ('vendite') would take the effect.
  struct Case {
    std::string lang, text, effect, noun;
  };
  const std::vector<Case> cases = {
      {"it", "Poiché i clienti volevano comprare macchine, la quota delle vendite è salita al 46%.",
       "salita", "vendite"},
      {"pt", "Como os clientes queriam comprar máquinas, a quota das vendas é maior.", "maior",
       "vendas"}};
  for (const auto& c : cases) {
    auto ex = check_caused(c.lang, c.text, "comprar", c.effect);
    CHECK_FALSE(by_trigger(ex, doc_of("c", c.lang, c.text), c.noun));
  }
}

TEST_CASE("extract: clause cues in several languages link cause and effect",
          "[extract][es][fr][de][it][en]") {
  struct Case {
    std::string lang, text, cause, effect;
  };
  const std::vector<Case> cases = {
      // Clause-initial 'como' and 'comme' introduce the cause.
      {"es", "Como los clientes querían comprar máquinas, la cuota de China subió mucho.",
       "comprar", "subió"},
      {"fr", "Comme les clients voulaient acheter des machines, la part de la Chine a augmenté.",
       "acheter", "augmenté"},
      // 'por lo que' and 'woraufhin' introduce the effect.
      {"es", "El Gobierno revocó una licencia, por lo que ASML no pudo entregar varios pedidos.",
       "revocó", "entregar"},
      {"de",
       "Die Regierung widerrief eine Lizenz, woraufhin ASML mehrere Aufträge nicht ausliefern "
       "konnte.",
       "widerrief", "ausliefern"},
      // A sentence-final adverb links its clause to the sentence before.
      {"en",
       "The government extended the licence requirement to more models. Analysts expect "
       "manufacturers to invest more in domestic lithography as a result.",
       "licence", "invest"},
      {"fr",
       "Le gouvernement a étendu l'obligation de licence. Les fabricants investissent davantage "
       "en conséquence.",
       "obligation", "investissent"},
      // Adverbs between a passive verb and its 'by' agent keep the cause.
      {"en", "Newsprint results were hurt badly by sharp price declines.", "declines", "hurt"},
      // A phrase opening a subordinate clause belongs to it: the cause is the stockpiling, not
      // the ban.
      {"it",
       "DeepSeek addestra i suoi modelli in Cina perché prima del divieto aveva accumulato molti "
       "chip Nvidia.",
       "accumulato", "addestra"}};
  for (const auto& c : cases) check_caused(c.lang, c.text, c.cause, c.effect);
}

TEST_CASE("extract: a phrase listed as non-trigger holds no event ('fecha límite')",
          "[extract][es]") {
  const std::string text = "Los clientes compraron máquinas antes de la fecha límite.";
  Document d = doc_of("f", "es", text);
  auto ex = extractor().run(d, {});
  CHECK_FALSE(by_trigger(ex, d, "límite"));
  CHECK(by_trigger(ex, d, "compraron"));
}

TEST_CASE("extract: a prepositional phrase inside a verb-final clause does not cut it",
          "[extract][de]") {
  // "vor dem Stichtag" sits between the subject and the final verb of the 'weil' clause.
  const std::string text =
      "Weil chinesische Kunden vor dem Stichtag viele Maschinen kaufen wollten, stieg der Umsatz "
      "stark.";
  auto ex = check_caused("de", text, "kaufen", "stieg");
  const Event* buy = by_trigger(ex, doc_of("c", "de", text), "kaufen");
  REQUIRE(buy);
  CHECK(buy->type == "buy");
}

TEST_CASE("extract: a strong causal verb makes events of the nouns heading its subject and object",
          "[extract][causal][en][it]") {
  struct Case {
    std::string lang, text, cause, effect;
  };
  const std::vector<Case> cases = {
      // Neither 'rains' nor 'floods' is in a lexicon; the subject starts after 'that'.
      {"en", "Forecasters warned farmers that heavy rains will cause severe floods.", "rains",
       "floods"},
      // The head of the subject, not the noun of its prepositional phrase.
      {"en", "The weakness of the currency is likely to lead to higher prices for imports.",
       "weakness", "imports"},
      {"it", "La siccità ha causato gravi perdite per gli agricoltori.", "siccità", "perdite"}};
  for (const auto& c : cases) check_caused(c.lang, c.text, c.cause, c.effect);
  // A coordinated predicate without a subject of its own keeps the clause's event as the cause.
  check_caused("en", "The storm hit the coast and would have caused wide damage.", "storm",
               "damage");
  // A person or a company is no cause, and a weak causal verb ('helped') makes no bare noun an
  // event.
  for (const std::string text :
       {"The investors will cause severe losses.", "Cheap loans helped farmers buy tractors."}) {
    CAPTURE(text);
    Document d = doc_of("n", "en", text);
    auto ex = extractor().run(d, {});
    CHECK_FALSE(by_trigger(ex, d, "investors"));
    CHECK_FALSE(by_trigger(ex, d, "loans"));
  }
}

TEST_CASE(
    "extract: the subject of a causal verb is the noun its modifiers and modal phrases lead to",
    "[extract][causal][en]") {
  struct Case {
    std::string text, cause, effect;
  };
  const std::vector<Case> cases = {
      // A modal phrase before the infinitive ends the subject: the noun before it is the cause,
      // not 'expected'.
      {"The firm closed two plants in a cost-saving move expected to result in a large charge.",
       "move", "charge"},
      {"The council announced a tax cut, a measure that is expected to lead to higher spending.",
       "measure", "spending"},
      // A verb form before a noun modifies it ('the proposed tariffs'); a reporting verb is no
      // subject.
      {"Officials said the proposed tariffs caused importers to cancel orders.", "tariffs",
       "cancel"}};
  for (const auto& c : cases) check_caused("en", c.text, c.cause, c.effect);
}

TEST_CASE("extract: quotes around a modifier do not end the noun phrase after a cue",
          "[extract][causal][en]") {
  check_caused("en", "Sales also suffered because of \"fierce\" competition from imports.",
               "competition", "suffered");
}

TEST_CASE("extract: a linking adverb relates the main predicates of its sentences",
          "[extract][causal][en]") {
  // 'talking', not the 'buying' it is about; 'was' stays the cause's own predicate reading.
  check_caused("en",
               "The firm was flush with cash. So its managers are talking openly about possibly "
               "buying back shares.",
               "flush", "talking");
  // A name is no predicate ('Beijing'), nor a verb after a preposition ('para refinar').
  check_caused("en",
               "Beijing banned the export of refining technology. As a result, mining projects "
               "abroad won public support.",
               "banned", "won");
  check_caused("es",
               "Pekín prohibió la exportación de tecnología. Como resultado, los proyectos para "
               "refinar minerales fuera de China ganaron apoyo.",
               "prohibió", "ganaron");
}

TEST_CASE("extract: a strong causal verb after a sentence-opening noun phrase has it as cause",
          "[extract][causal][fr][es][it][pt]") {
  // Compound past tenses start with an auxiliary, and prenominal adjectives come before the head.
  check_caused("fr", "Les fortes pluies ont provoqué des inondations.", "pluies", "inondations");
  check_caused("es", "Las lluvias han provocado inundaciones.", "lluvias", "inundaciones");
  check_caused("it", "Le forti piogge hanno provocato allagamenti.", "piogge", "allagamenti");
  check_caused("pt", "As chuvas fortes provocaram cheias.", "chuvas", "cheias");
  // A clause with a predicate before the verb is no plain noun phrase.
  Document d = doc_of("n", "fr", "On dit que les pluies ont provoqué des inondations.");
  auto ex = extractor().run(d, {});
  CHECK_FALSE(by_trigger(ex, d, "dit"));
}

TEST_CASE("extract: a group named after a protest word is no protest", "[extract][en][it][de]") {
  struct Case {
    std::string lang, text, group, act;
  };
  const std::vector<Case> cases = {
      {"en", "Protestants protested against the new law.", "Protestants", "protested"},
      // A bare protest noun or noun-like verb is an event only when dated or linked: only the group
      // is checked.
      {"it", "I protestanti hanno protestato contro la legge.", "protestanti", ""},
      {"de", "Die Protestanten kündigten Proteste gegen das Gesetz an.", "Protestanten", ""}};
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Document d = doc_of("n", c.lang, c.text);
    auto ex = extractor().run(d, {});
    CHECK_FALSE(by_trigger(ex, d, c.group));
    if (c.act.empty())
      continue;
    const Event* act = by_trigger(ex, d, c.act);
    REQUIRE(act);
    CHECK(act->type == "protest");
  }
}

TEST_CASE("extract: the participle after a compound-tense auxiliary heads the clause before a cue",
          "[extract][causal][fr]") {
  // 'souffert' is in no verb list: the auxiliary 'ont' marks it as the clause's predicate, so
  // the effect is the suffering, not the sales.
  check_caused("fr", "Les ventes ont souffert à cause de la concurrence.", "concurrence",
               "souffert");
}

TEST_CASE("extract: a clause-final causal verb has its subject and object before it",
          "[extract][causal][de]") {
  check_caused("de", "Die Regenfälle haben Überschwemmungen verursacht.", "Regenfälle",
               "Überschwemmungen");
}

TEST_CASE("extract: a date modifying the noun after a cue leaves the noun as its object",
          "[extract][causal][dating]") {
  const std::string text =
      "The bakery closed two shops due to its second-quarter loss of $ 4 million.";
  Document d = doc_of("q", "en", text);
  auto ex = extractor().run(d, {date_at(text, "second-quarter", "XXXX-Q2")});
  CHECK(linked(ex, by_trigger(ex, d, "loss"), by_trigger(ex, d, "closed"), LinkType::caused));
  // A date that is the whole object is no event: "after April 2025" dates the clause.
  const std::string dated = "The bakery closed two shops after April 2025.";
  Document d2 = doc_of("q2", "en", dated);
  auto ex2 = extractor().run(d2, {date_at(dated, "April 2025", "2025-04")});
  CHECK(ex2.links.empty());
  // A causal conjunction is dating only when the date follows it at once.
  const std::string clause = "Because the mill now must sell its stock, the owners cut wages.";
  Document d3 = doc_of("q3", "en", clause);
  auto ex3 = extractor().run(d3, {date_at(clause, "now", "PRESENT_REF")});
  CHECK(linked(ex3, by_trigger(ex3, d3, "sell"), by_trigger(ex3, d3, "cut"), LinkType::caused));
}

TEST_CASE("extract: a clause connective after its effect links the clause's first predicate",
          "[extract][causal][en]") {
  // The decision is what the storm brought about; the postponement comes with it.
  check_caused("en", "Officials agreed to postpone the vote because of the storm.", "storm",
               "agreed");
}

TEST_CASE("extract: the noun heads a causal verb's object and a relative clause's antecedent",
          "[extract][causal][en]") {
  // A verb form before the noun modifies it after a cue ending in a preposition.
  check_caused("en", "The drought is likely to lead to reduced harvests.", "drought", "harvests");
  // After a bare verb the verb is the event.
  const std::string text = "The sale should help it meet new capital standards.";
  Document d = doc_of("h", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(linked(ex, by_trigger(ex, d, "sale"), by_trigger(ex, d, "meet"), LinkType::enabled));
  // A compound ends in its head, even when the head also reads as a verb.
  check_caused("en", "Rebels staged a border attack, which led to new sanctions.", "attack",
               "sanctions");
}

TEST_CASE("extract: a verb reading before 'said' is its subject; a complement verb is the effect",
          "[extract][causal][en]") {
  check_caused("en",
               "The maker of garden tools and other products said it cut its dividend because of "
               "weak sales.",
               "sales", "cut");
  const std::string text = "The injunction blocked the board from recommending the offer.";
  Document d = doc_of("b", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(linked(ex, by_trigger(ex, d, "injunction"), by_trigger(ex, d, "recommending"),
               LinkType::prevented));
}

TEST_CASE("extract: a plain verb heading a cue's noun phrase is the event, not the clause after it",
          "[extract][causal][en]") {
  check_caused("en",
               "The army withdrew in exchange for guarantees that the town would not be shelled.",
               "guarantees", "withdrew");
}

TEST_CASE(
    "extract: 'and so' and 'so that' link the clause before to the one after; adverbs hold no "
    "event",
    "[extract][causal][en]") {
  check_caused("en", "The mill lost its power supply and so halted production.", "lost", "halted");
  check_caused("en", "The city raised the dam so that farms would get more water.", "raised",
               "get");
  // 'increasingly' starts like 'increase' but is an adverb: the predicate after it is the event.
  check_caused("en", "Prices rose because buyers were increasingly worried.", "worried", "rose");
}

TEST_CASE("extract: 'pursuant to' reads its noun phrase as enabling the clause",
          "[extract][causal][en]") {
  const std::string text = "The port was sold pursuant to an agreement between the two cities.";
  Document d = doc_of("p", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(linked(ex, by_trigger(ex, d, "agreement"), by_trigger(ex, d, "sold"), LinkType::enabled));
}

TEST_CASE("extract: a clause cue after a causal verb's object has the verb's clause as effect",
          "[extract][causal][en]") {
  check_caused("en", "The firm stopped paying a dividend because of losses at its plant.", "losses",
               "stopped");
  check_caused("en", "The mayor offered to help rebuild the bridge because floods destroyed it.",
               "destroyed", "offered");
}

TEST_CASE("extract: 'that' right before a causal verb stands for the noun phrase before it",
          "[extract][causal][en]") {
  check_caused("en", "The minister defended the harsh policies that led to the famine.", "policies",
               "famine");
}

TEST_CASE("extract: a strong causal verb's subject and object are the heads of its noun phrases",
          "[extract][causal][en]") {
  // The subject opening with a determiner keeps its head through prepositional and infinitive
  // modifiers.
  const std::string text =
      "The sudden rejection of the peace plan to avoid a war enabled the rebels to withdraw.";
  Document d = doc_of("r", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(
      linked(ex, by_trigger(ex, d, "rejection"), by_trigger(ex, d, "withdraw"), LinkType::enabled));
  // The direct object is the head of the noun phrase right after the verb.
  check_caused("en", "The formal request triggers reviews of the whole budget.", "request",
               "reviews");
  // A negated auxiliary is no part of the subject.
  check_caused("en", "Those talks didn't result in any changes.", "talks", "changes");
}

TEST_CASE("extract: causal verbs in their base forms after 'to' and modals",
          "[extract][causal][en]") {
  for (const auto& [text, cause, effect] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"The company raised its offer to keep shareholders from selling.", "raised", "selling"},
           {"The city filed a lawsuit to block the sale of the port.", "filed", "sale"}}) {
    CAPTURE(text);
    Document d = doc_of("k", "en", text);
    auto ex = extractor().run(d, {});
    CHECK(linked(ex, by_trigger(ex, d, cause), by_trigger(ex, d, effect), LinkType::prevented));
  }
  check_caused("en", "Heavy rains could spark floods in the valley.", "rains", "floods");
}

TEST_CASE("extract: 'means that' links its subject to the clause after it",
          "[extract][causal][en]") {
  check_caused("en", "The downturn across the region means that shoppers are not spending here.",
               "downturn", "spending");
}

TEST_CASE("extract: a phrase between commas after 'because' leaves the clause after it as cause",
          "[extract][causal][en]") {
  check_caused("en",
               "The bank may not qualify because, under the new guidelines, its stock doesn't meet "
               "the criteria.",
               "meet", "qualify");
}

TEST_CASE("extract: a possessive inside a cue's noun phrase does not end it",
          "[extract][causal][en]") {
  check_caused("en", "Sales fell because of the chief executive's departure.", "departure", "fell");
}

TEST_CASE(
    "extract: a coordinated noun phrase after a cue is headed by its noun and not a participle",
    "[extract][causal][en]") {
  check_caused("en", "Output fell as a result of weak demand and lost orders.", "demand", "fell");
  check_caused("en", "Output fell as a result of weak demand and lost orders.", "orders", "fell");
}

TEST_CASE("extract: a phrase coordinated inside a modifier of the cue's noun is no second cause",
          "[extract][causal][en]") {
  const std::string text = "Results were hit by an increase in loan and property loss reserves.";
  Document d = doc_of("m", "en", text);
  auto ex = extractor().run(d, {});
  const Event* hit = by_trigger(ex, d, "hit");
  REQUIRE(hit);
  CHECK(linked(ex, by_trigger(ex, d, "increase"), hit, LinkType::caused));
  const Event* loss = by_trigger(ex, d, "loss");
  CHECK_FALSE((loss && linked(ex, loss, hit, LinkType::caused)));
  // A coordinated phrase repeating the preposition is a second cause.
  check_caused("en", "Shares were depressed by losses in Asia and by the drop in sterling.", "drop",
               "depressed");
}

TEST_CASE("extract: clauses with plain verbs coordinated after a cue are both causes",
          "[extract][causal][en]") {
  const std::string text =
      "The president offered aid because most of its exports go to the north and half of its oil "
      "comes from there.";
  check_caused("en", text, "go", "offered");
  check_caused("en", text, "comes", "offered");
}

TEST_CASE("extract: auxiliaries and adverbs before a causal verb leave its subject's head as cause",
          "[extract][causal][en]") {
  check_caused("en", "The earnings growth also was fueled by the firm's ability to cut costs.",
               "cut", "growth");
  check_caused("en", "Program trading also causes the index to lose ground.", "trading", "lose");
}

TEST_CASE("extract: a causal verb opening a clause after a comma has the clause before as cause",
          "[extract][causal][en]") {
  check_caused("en", "Prices rose sharply, prompting fears of inflation.", "rose", "fears");
  // A noun phrase opening the sentence, with a parenthesis after it, is the subject.
  const std::string text =
      "The sale, at a higher price than analysts had expected, helps the group raise funds.";
  Document d = doc_of("s", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(linked(ex, by_trigger(ex, d, "sale"), by_trigger(ex, d, "raise"), LinkType::enabled));
  // A modal verb does not stand for the clause ("expects to post a loss").
  check_caused("en", "The firm expects to post a loss because of weak demand.", "demand", "loss");
}

TEST_CASE("extract: a causal verb's participle before an agent cue is a passive",
          "[extract][causal][en]") {
  check_caused("en", "The group, unlike firms hurt badly by sharp price declines, kept growing.",
               "declines", "hurt");
}

TEST_CASE("extract: a verb reading after a possessor is a noun heading the subject",
          "[extract][causal][en]") {
  check_caused(
      "en", "The risk is that the mayor's visit will persuade many voters to break with the party.",
      "visit", "break");
}

TEST_CASE("extract: 'result from' and 'contribute to' as causal verbs", "[extract][causal][en]") {
  check_caused("en", "The higher costs resulted from the new labor pact.", "pact", "costs");
  check_caused("en", "The strike contributed to the sell-off in shares.", "strike", "sell-off");
}

TEST_CASE("extract: 'by' after a passive names a cause only after a verb of effect",
          "[extract][causal][en]") {
  // The agent of "funded", "called", "sought" is a giver, a body or a means, not a cause.
  for (const std::string text :
       {"The new clinic will be funded by private donations from local families.",
        "Thousands joined a march called by the opposition in the capital.",
        "New partners will be sought by tender next spring.",
        // "offset by" weighs one amount against another: no cause either.
        "The write-down was offset by a gain on the sale of the port terminal."}) {
    Document d = doc_of("a", "en", text);
    auto ex = extractor().run(d, {});
    CHECK(ex.links.empty());
  }
  // "hurt", "boosted" take a cause as their agent.
  check_caused("en", "Exports were boosted by strong demand in Asia.", "demand", "boosted");
}

TEST_CASE("extract: a causal verb whose object is another causal verb brings about its event",
          "[extract][causal][en]") {
  const std::string text =
      "Bond yields climbed in May, when the rate decision in Frankfurt helped spark a wave of "
      "selling.";
  Document d = doc_of("h", "en", text);
  auto ex = extractor().run(d, {});
  CHECK(linked(ex, by_trigger(ex, d, "decision"), by_trigger(ex, d, "spark"), LinkType::enabled));
}

TEST_CASE("extract: a causal verb no trigger list knows is the predicate of its 'because' clause",
          "[extract][causal][en]") {
  check_caused("en",
               "The moves are sensible because they will allow both units to focus on core work.",
               "allow", "sensible");
}

TEST_CASE("extract: 'like' before a noun phrase is no verb", "[extract][causal][en]") {
  check_caused("en",
               "Older groups like the guild are also opening new branches, thanks in part to "
               "their ability to use new tools.",
               "ability", "opening");
}

TEST_CASE("extract: a verb reading heading a noun phrase does not stand for its clause",
          "[extract][causal][en]") {
  check_caused("en",
               "The bank's revised proposal pleased many investors, mainly because of the higher "
               "cash payment.",
               "payment", "pleased");
}

TEST_CASE(
    "extract: a 'because' clause whose subject stands alone before a causal verb has that "
    "verb as its predicate",
    "[extract][causal][en]") {
  check_caused("en",
               "The slowdown raises doubts about the recovery because spending fueled most of "
               "the growth.",
               "fueled", "raises");
}

TEST_CASE(
    "extract: a noun phrase opening a sentence before a weaker causal verb points nowhere "
    "back",
    "[extract][causal][en]") {
  const std::string text =
      "The firm bought a plant in Scotland. The new space will allow the firm to double its "
      "output.";
  Document d = doc_of("w", "en", text);
  auto ex = extractor().run(d, {});
  REQUIRE(by_trigger(ex, d, "bought"));
  CHECK_FALSE(
      linked(ex, by_trigger(ex, d, "bought"), by_trigger(ex, d, "double"), LinkType::enabled));
}
