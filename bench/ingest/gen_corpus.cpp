// Writes a multilingual synthetic news corpus for the ingest benchmark: N articles in seven
// languages from the project's own sentence templates, spread over saved HTML pages, RSS/Atom
// feeds and JSON Lines files. Deterministic for a given seed.
//   gen_corpus OUT_DIR [ARTICLES=100000] [SEED=1]
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Lang {
  const char* code;
  std::array<const char*, 12> months;
  std::vector<const char*>
      templates;  // {M} month, {Y} year, {D} day, {C} company, {P} place, {N} number
};

// Sentences written for this benchmark; facts are invented and vary by slot.
const std::vector<Lang> kLangs = {
    {"en",
     {"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"},
     {"In {M} {Y} the government tightened export licences for {C}, which led to a surge of orders "
      "in {P}.",
      "On {D} {M} {Y} {C} said it expected a charge of {N} million dollars because of the new "
      "rules.",
      "Analysts in {P} warned that the restrictions would slow the training of large models.",
      "After the ban, {C} moved part of its computing to data centres in {P}.",
      "The ministry announced on {D} {M} {Y} that the review would end within {N} days.",
      "Demand for servers in {P} grew sharply as a result of the licence requirement."}},
    {"it",
     {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
      "ottobre", "novembre", "dicembre"},
     {"Nel {M} {Y} il governo ha inasprito le licenze di esportazione per {C}, il che ha portato a "
      "un boom di ordini a {P}.",
      "Il {D} {M} {Y} {C} ha dichiarato di attendersi un onere di {N} milioni di dollari a causa "
      "delle nuove regole.",
      "Gli analisti di {P} hanno avvertito che le restrizioni rallenteranno l'addestramento dei "
      "modelli.",
      "Dopo il divieto, {C} ha spostato parte del calcolo nei data center di {P}.",
      "A causa dell'obbligo di licenza la domanda di server a {P} è cresciuta rapidamente."}},
    {"fr",
     {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre"},
     {"En {M} {Y}, le gouvernement a durci les licences d'exportation pour {C}, ce qui a entraîné "
      "une hausse des commandes à {P}.",
      "Le {D} {M} {Y}, {C} a indiqué prévoir une charge de {N} millions de dollars en raison des "
      "nouvelles règles.",
      "Des analystes de {P} ont averti que les restrictions ralentiraient l'entraînement des "
      "modèles.",
      "Après l'interdiction, {C} a déplacé une partie de son calcul vers des centres de données à "
      "{P}.",
      "En raison de l'obligation de licence, la demande de serveurs à {P} a fortement augmenté."}},
    {"es",
     {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"},
     {"En {M} de {Y} el gobierno endureció las licencias de exportación para {C}, lo que provocó "
      "un aumento de pedidos en {P}.",
      "El {D} de {M} de {Y} {C} dijo que esperaba un cargo de {N} millones de dólares debido a las "
      "nuevas normas.",
      "Tras la prohibición, {C} trasladó parte de su cómputo a centros de datos en {P}.",
      "La demanda de servidores en {P} creció con fuerza a causa del requisito de licencia."}},
    {"de",
     {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember"},
     {"Im {M} {Y} verschärfte die Regierung die Exportlizenzen für {C}, was zu einem Anstieg der "
      "Bestellungen in {P} führte.",
      "Am {D}. {M} {Y} erklärte {C}, wegen der neuen Regeln eine Belastung von {N} Millionen "
      "Dollar zu erwarten.",
      "Nach dem Verbot verlagerte {C} einen Teil der Rechenleistung in Rechenzentren in {P}.",
      "Wegen der Lizenzpflicht stieg die Nachfrage nach Servern in {P} stark an."}},
    {"pt",
     {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
      "outubro", "novembro", "dezembro"},
     {"Em {M} de {Y} o governo endureceu as licenças de exportação para {C}, o que levou a um "
      "aumento de encomendas em {P}.",
      "Em {D} de {M} de {Y} a {C} disse esperar um encargo de {N} milhões de dólares por causa das "
      "novas regras.",
      "Depois da proibição, a {C} transferiu parte da computação para centros de dados em {P}.",
      "A procura de servidores em {P} cresceu fortemente devido à exigência de licença."}},
    {"zh",
     {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
     {"{Y}年{M}月，政府收紧了对{C}的出口许可，导致{P}的订单大增。",
      "{Y}年{M}月{D}日，{C}表示，由于新规，预计将计提{N}百万美元费用。",
      "禁令之后，{C}把部分算力转移到{P}的数据中心。", "由于许可要求，{P}的服务器需求迅速增长。"}},
};

const std::array<const char*, 8> kCompanies = {"Nvidia",   "Alibaba", "ByteDance", "Huawei",
                                               "DeepSeek", "Tencent", "Baidu",     "AMD"};
const std::array<const char*, 6> kPlaces = {"Singapore", "Malaysia", "Johor",
                                            "Jakarta",   "Bangkok",  "Hanoi"};

std::string fill(std::string t, const Lang& l, std::mt19937& rng) {
  auto pick = [&](auto& arr) { return std::string(arr[rng() % arr.size()]); };
  auto replace = [&](const std::string& key, const std::string& value) {
    for (size_t p; (p = t.find(key)) != std::string::npos;) t.replace(p, key.size(), value);
  };
  replace("{M}", l.months[rng() % 12]);
  replace("{Y}", std::to_string(2019 + rng() % 7));
  replace("{D}", std::to_string(1 + rng() % 28));
  replace("{C}", pick(kCompanies));
  replace("{P}", pick(kPlaces));
  replace("{N}", std::to_string(50 + rng() % 5000));
  return t;
}

std::vector<std::string> paragraphs(const Lang& l, std::mt19937& rng) {
  std::vector<std::string> out;
  const int n = 4 + static_cast<int>(rng() % 6);
  for (int p = 0; p < n; ++p) {
    std::string para;
    const int s = 2 + static_cast<int>(rng() % 3);
    for (int i = 0; i < s; ++i) {
      if (!para.empty() && std::string(l.code) != "zh")
        para += ' ';
      para += fill(l.templates[rng() % l.templates.size()], l, rng);
    }
    out.push_back(std::move(para));
  }
  return out;
}

std::string json_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '"' || c == '\\')
      o += '\\';
    if (c == '\n') {
      o += "\\n";
      continue;
    }
    o += c;
  }
  return o;
}

std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '<')
      o += "&lt;";
    else if (c == '&')
      o += "&amp;";
    else if (c == '>')
      o += "&gt;";
    else
      o += c;
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gen_corpus OUT_DIR [ARTICLES=100000] [SEED=1]\n");
    return 2;
  }
  const fs::path out = argv[1];
  const long total = argc > 2 ? std::atol(argv[2]) : 100000;
  std::mt19937 rng(argc > 3 ? static_cast<unsigned>(std::atol(argv[3])) : 1u);
  fs::create_directories(out);
  uint64_t text_bytes = 0;
  long html = 0, feed_items = 0, jsonl = 0;
  std::ofstream jl, feed;
  long feed_no = 0;
  for (long i = 0; i < total; ++i) {
    const Lang& l = kLangs[static_cast<size_t>(i) % kLangs.size()];
    auto paras = paragraphs(l, rng);
    std::string title = fill(l.templates[0], l, rng);
    size_t cut = std::min<size_t>(title.size(), 60);
    while (cut < title.size() && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    title.resize(cut);  // never split a UTF-8 sequence
    const std::string date = "2025-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
    const std::string url =
        "https://news" + std::to_string(i % 17) + ".example/" + l.code + "/" + std::to_string(i);
    std::string text;
    for (auto& p : paras) text += p + "\n\n";
    text_bytes += text.size();
    const int kind = static_cast<int>(i % 10);
    if (kind < 3) {  // saved web page, 900 per folder
      fs::path dir = out / "html" / std::to_string(i / 3000);
      if (i % 3000 < 3)
        fs::create_directories(dir);
      std::string name = "a";
      name += std::to_string(i);
      std::ofstream f(dir / (name + ".html"));
      f << "<!DOCTYPE html><html lang=\"" << l.code << "\"><head><meta charset=\"utf-8\"><title>"
        << xml_escape(title)
        << " | Example News</title><meta property=\"article:published_time\" content=\"" << date
        << "T08:00:00Z\"><link rel=\"canonical\" href=\"" << url
        << "\"><script>var t=1;</script></head><body>"
        << "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a "
           "href=\"/tech\">Tech</a></nav></header>"
        << "<div class=\"cookie-banner\">We use cookies. "
           "<button>OK</button></div><main><article><h1>"
        << xml_escape(title) << "</h1>";
      for (auto& p : paras) f << "<p>" << xml_escape(p) << "</p>";
      f << "<div class=\"share\"><a href=\"#\">Share</a></div></article></main><aside "
           "class=\"related\"><ul>"
        << "<li><a href=\"/x\">Related story</a></li></ul></aside><footer>© 2025 Example "
           "News</footer></body></html>\n";
      ++html;
    } else if (kind < 6) {  // feed item, 50 per feed, RSS and Atom alternating
      if (feed_items % 50 == 0) {
        if (feed.is_open())
          feed << (feed_no % 2 ? "</feed>\n" : "</channel></rss>\n");
        feed.close();
        ++feed_no;
        fs::create_directories(out / "feeds");
        const bool atom = feed_no % 2;
        feed.open(out / "feeds" / ("feed" + std::to_string(feed_no) + (atom ? ".atom" : ".rss")));
        feed << (atom ? "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed "
                        "xmlns=\"http://www.w3.org/2005/Atom\">\n"
                      : "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\n");
      }
      std::string body;
      for (auto& p : paras) body += "<p>" + xml_escape(p) + "</p>";
      if (feed_no % 2) {
        feed << "<entry xml:lang=\"" << l.code << "\"><title>" << xml_escape(title)
             << "</title><link href=\"" << url << "\"/><id>" << url << "</id><published>" << date
             << "T08:00:00Z</published><content type=\"html\">" << xml_escape(body)
             << "</content></entry>\n";
      } else {
        feed << "<item><title>" << xml_escape(title) << "</title><link>" << url
             << "</link><pubDate>" << date << "T08:00:00Z</pubDate><content:encoded><![CDATA["
             << body << "]]></content:encoded></item>\n";
      }
      ++feed_items;
    } else {  // JSON Lines, 5000 per file
      if (jsonl % 5000 == 0) {
        jl.close();
        fs::create_directories(out / "jsonl");
        jl.open(out / "jsonl" / ("batch" + std::to_string(jsonl / 5000) + ".jsonl"));
      }
      jl << "{\"id\": \"j" << i << "\", \"lang\": \"" << l.code << "\", \"published\": \"" << date
         << "\", \"title\": \"" << json_escape(title) << "\", \"url\": \"" << url
         << "\", \"text\": \"" << json_escape(text) << "\"}\n";
      ++jsonl;
    }
  }
  if (feed.is_open())
    feed << (feed_no % 2 ? "</feed>\n" : "</channel></rss>\n");
  std::printf(
      "corpus: %ld articles (%ld HTML pages, %ld feed items, %ld JSON lines), %.1f MB of article "
      "text in %s\n",
      total, html, feed_items, jsonl, static_cast<double>(text_bytes) / 1e6, out.c_str());
  return 0;
}
