#pragma once
// The per-language event lexicons, loaded from importers/lang/<code>/events/ (data only; adding a
// language means adding a folder). Every file is UTF-8 text with '#' comment lines, one entry per
// line, tab-separated columns; each file's header comment states its columns.
//
//   triggers.tsv      form  type  pos  [flags]       event triggers -> language-neutral type
//   cues.tsv          cue  relation  cause  kind  confidence   causal and temporal
//   connectives/verbs markers.tsv       marker  role                   when / relative / coord /
//   contrast clause markers modality.tsv      cue  modality                  reported / planned /
//   denied / negated participants.tsv  surface  name  kind            gazetteer (shared by every
//   language) aliases.tsv       form  concept                  cross-lingual keys for merging
//   contractions.tsv  base  forms...                 articulated prepositions ("di" -> "della")
//   stopwords.txt, abbreviations.txt                 one folded word per line
//   nontriggers.txt   word or stem*                  never an event trigger
//   effect_verbs.txt  word or stem*                  passives whose agent is a cause
//   verbs.tsv         as triggers.tsv                common verbs, weaker than triggers.tsv
//   determiners.txt, copulas.txt, auxiliaries.txt    one folded word per line
//   prenominal.txt    one folded word per line        modifiers before the head where heads come
//                                                    first ("les fortes pluies": fortes)
//   settings.tsv      key  value                     proper_nouns, np_head, verb_final, infinitive,
//                                                    complement
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/link.hpp"
#include "core/result.hpp"
#include "core/taxonomy.hpp"
#include "importers/extract/phrase_set.hpp"
#include "importers/extract/word_set.hpp"

namespace causeline::extract {

/// How a cue attaches to its arguments.
enum class CueKind : unsigned char {
  conj,  // introduces a clause: "because", "perché", "parce que"
  prep,  // introduces a noun phrase: "due to", "a causa di", "grâce à"
  adv,   // links its clause to the previous one: "therefore", "quindi", "de sorte que"
  verb,  // subject side vs object side: "led to", "ha provocato", "caused by"
};

struct Cue {
  LinkType type = LinkType::caused;  // preceded for purely temporal connectives
  bool cause_is_introduced = true;  // the argument the cue introduces is the cause (or the earlier)
  CueKind kind = CueKind::conj;
  double confidence = 0.5;
  bool initial = false;   // only where a clause starts (after punctuation or at sentence start)
  bool adjacent = false;  // only right after an event word, which is then the other argument
                          // ("hurt by the drop", "gain from the sale")
  std::string text;       // the lexicon form, for Link::cue
};

enum class MarkerRole : unsigned char {
  when,      // "when", "quando", "lorsque": the clause shares the time of the previous one
  relative,  // "which", "il che", "ce qui": the clause comments on the previous event
  coord,     // "and", "e", "et": a coordinated clause may follow
  contrast,  // "but", "however", "ma", "mais"
  subject,   // anaphoric subject ("this", "questo", "cela") pointing to the previous event
};

struct TriggerEntry {
  std::string type;  // taxonomy type ("restrict", "train" ...)
  TypeClass cls = TypeClass::generic;
  bool verb = true;     // verb form
  bool adj = false;     // adjective (a predicate with a copula: "is compliant")
  bool change = false;  // a change of state or trend ("intensify", "rise"): read "after X" causally
  bool state = false;   // stative: an event only when it takes part in a link or carries a date
  bool weak = false;  // light verb or generic noun: used only when nothing better is in the clause
  bool generic = false;  // from verbs.tsv: a plain verb, better than a suffix guess
};

struct ParticipantEntry {
  std::string name;  // canonical display name, shared across languages ("United States")
  std::string kind;  // org | person | country | product | place | group
};

struct LangPack {
  std::string code;
  PhraseSet<TriggerEntry> triggers;
  PhraseSet<TriggerEntry> generic;  // verbs.tsv: common verbs, used when triggers has no match
  PhraseSet<Cue> cues;
  PhraseSet<MarkerRole> markers;
  /// One-word markers written in plain ASCII: they never match a word written with accents
  /// (Italian 'e' "and" is not 'è' "is", Portuguese 'e' is not 'é').
  WordSet plain_markers;
  PhraseSet<std::string> modality;  // value: reported | planned | denied | negated
  PhraseSet<std::string> aliases;   // value: concept key
  PhraseSet<bool> nontriggers;      // words that never trigger events ("government", "investor")
  PhraseSet<bool> adverbs;          // adverbs.txt: skipped after copulas, never weak triggers
  /// effect_verbs.txt: verbs whose passive takes a cause as its agent ("hurt by the drop", not
  /// "funded by contributions"); when the file exists, an agent cue is causal only after one.
  PhraseSet<bool> effect_verbs;
  WordSet stopwords;
  WordSet abbreviations;
  WordSet determiners;  // a word after one is a noun ("its exports")
  WordSet copulas;      // the word after one is a predicate ("is higher")
  /// Auxiliaries and modals: the next content word is a verb ("will respond", "didn't meet").
  WordSet auxiliaries;
  /// Adjectives that stand before the head in head-first noun phrases ("les fortes pluies").
  WordSet prenominal;
  std::unordered_map<std::string, std::vector<std::string>> contractions;
  /// Runs of capitalised words are participant names (settings.tsv proper_nouns; off for German).
  bool proper_nouns = true;
  /// Noun phrases end in their head ("the planned sale": settings.tsv np_head last) rather than
  /// start with it ("la vendita prevista": first, the default).
  bool np_head_last = false;
  /// Clauses may end in their verb ("sind wegen der Nachfrage gewachsen": settings.tsv
  /// verb_final yes), so a noun-phrase cue can swallow its clause's predicate.
  bool verb_final = false;
  /// Infinitive markers (settings.tsv infinitive, one row each: "to"): the verb after one is the
  /// event an enabling or forcing verb brings about ("allow shareholders to review").
  WordSet infinitive;
  /// Words introducing a verb as the complement of a causal verb's object (settings.tsv
  /// complement, one row each: "from", "into"): "blocked the board from recommending", "scared
  /// them into supporting him". The verb is the effect, as after an infinitive marker.
  WordSet complement;
  /// Endings of nominalizations ("mento", "tion"): the '*suffix' noun entries of triggers.tsv.
  std::vector<std::string> noun_suffixes;
  /// Noun readings of verb entries, used when the word has a nominal ending ("addestramento"
  /// against "addestr*").
  std::unordered_map<const TriggerEntry*, TriggerEntry> noun_twin;
};

struct Lexicons {
  std::map<std::string, LangPack> langs;     // by code
  PhraseSet<ParticipantEntry> participants;  // union of every language's gazetteer
  const LangPack* find(const std::string& code) const {
    auto it = langs.find(code);
    return it == langs.end() ? nullptr : &it->second;
  }
};

/// Loads every importers/lang/<code>/events/ folder under lang_root. A folder must hold
/// triggers.tsv and cues.tsv; the error names the file and line of any malformed entry.
Result<Lexicons> load_lexicons(const std::filesystem::path& lang_root);

/// Loads one language folder (lang_root/<code>/events) into pack, adding its gazetteer to
/// participants.
Result<LangPack> load_pack(const std::filesystem::path& events_dir, const std::string& code,
                           PhraseSet<ParticipantEntry>& participants);

}  // namespace causeline::extract
