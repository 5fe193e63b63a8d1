// iCalendar export (RFC 5545). Dated events become VEVENTs: all-day DATE spans with an exclusive
// DTEND for day and coarser grains (a month is the whole month, marked X-TIMELINE-PRECISION),
// floating DATE-TIMEs for times of day. Events without a calendar date become VJOURNALs, which need
// no DTSTART, so nothing is dropped. Causes are RELATED-TO;RELTYPE=DEPENDS-ON (RFC 9253) on the
// effect, and repeated as text in DESCRIPTION for clients that ignore RELATED-TO.
#include <string>

#include "exporters/event_text.hpp"
#include "exporters/formats.hpp"
#include "exporters/ical_line.hpp"
#include "exporters/timeline_index.hpp"
#include "exporters/when_info.hpp"

namespace causeline::exporters {
namespace {

using ical::append_text;

std::string dtstamp_of(std::string_view generated) {
  // "2025-08-01T12:00:00Z" -> "20250801T120000Z"
  std::string s;
  for (char c : generated) {
    if (c != '-' && c != ':')
      s.push_back(c);
  }
  const bool ok = s.size() == 16 && s[8] == 'T' && s[15] == 'Z' &&
                  s.find_first_not_of("0123456789", 0) == 8 &&
                  s.find_first_not_of("0123456789", 9) == 15;
  return ok ? s : std::string("19700101T000000Z");
}

void put2(std::string& s, unsigned v) {
  s.push_back(static_cast<char>('0' + v / 10 % 10));
  s.push_back(static_cast<char>('0' + v % 10));
}

// "20250415": DATE values straight from the calendar fields.
std::string compact_day(sys_days d) {
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  std::string s;
  put2(s, static_cast<unsigned>(y / 100));
  put2(s, static_cast<unsigned>(y % 100));
  put2(s, static_cast<unsigned>(ymd.month()));
  put2(s, static_cast<unsigned>(ymd.day()));
  return s;
}

// "20250415T143000": floating DATE-TIME.
std::string compact_time(sys_seconds t) {
  const sys_days d = date::floor<date::days>(t);
  const date::hh_mm_ss hms{t - d};
  std::string s = compact_day(d);
  s.push_back('T');
  put2(s, static_cast<unsigned>(hms.hours().count()));
  put2(s, static_cast<unsigned>(hms.minutes().count()));
  put2(s, static_cast<unsigned>(hms.seconds().count()));
  return s;
}

std::string upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) {
    if (c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 'a' + 'A');
  }
  return u;
}

class CalendarWriter {
 public:
  CalendarWriter(Sink& out, const TimelineIndex& ix, const ExportContext& ctx)
      : out_(out), ix_(ix), ctx_(ctx), dtstamp_(dtstamp_of(ctx.generated)) {}

  void write() {
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//causeline//causeline/1//EN");
    line("CALSCALE:GREGORIAN");
    start("X-WR-CALNAME:");
    append_text(buf_, ctx_.title);
    end();
    const auto& evs = ix_.timeline().events;
    for (uint32_t i = 0; i < evs.size(); ++i) write_event(i);
    if (evs.empty()) {
      line("BEGIN:VJOURNAL");
      start("UID:causeline-empty@");
      append_text(buf_, ctx_.uid_domain);
      end();
      line("DTSTAMP:" + dtstamp_);
      line("SUMMARY:This timeline has no events");
      line("END:VJOURNAL");
    }
    line("END:VCALENDAR");
  }

 private:
  void start(std::string_view s) { buf_.assign(s); }
  void end() { ical::put_folded(out_, buf_); }
  void line(std::string_view s) {
    start(s);
    end();
  }
  void uid(const std::string& id) {
    append_text(buf_, id);
    buf_.push_back('@');
    append_text(buf_, ctx_.uid_domain);
  }

  void write_event(uint32_t i) {
    const Event& e = ix_.timeline().events[i];
    const WhenInfo w = describe(e.when);
    const bool timed = w.unit == DateUnit::minute || w.unit == DateUnit::second;
    const std::string_view comp = w.dated ? "VEVENT" : "VJOURNAL";
    start("BEGIN:");
    buf_.append(comp);
    end();
    start("UID:");
    uid(e.id);
    end();
    line("DTSTAMP:" + dtstamp_);
    if (w.dated && timed) {
      line("DTSTART:" + compact_time(w.begin));
      line("DTEND:" + compact_time(w.end_excl));
    } else if (w.dated) {
      line("DTSTART;VALUE=DATE:" + compact_day(w.first_day));
      line("DTEND;VALUE=DATE:" + compact_day(w.last_day + date::days{1}));
    }
    start("SUMMARY:");
    if (!w.dated || (!timed && (e.when.grain() != Grain::day || e.when.mod() != TimeMod::none))) {
      buf_.push_back('[');
      append_text(buf_, w.display);
      buf_.append("] ");
    }
    append_text(buf_, e.title);
    end();
    start("DESCRIPTION:");
    text_.clear();
    append_event_plain_text(text_, ix_, i, w);
    append_text(buf_, text_);
    end();
    if (!e.type.empty() || !e.participants.empty()) {
      start("CATEGORIES:");
      bool first = true;
      if (!e.type.empty()) {
        append_text(buf_, e.type);
        first = false;
      }
      for (const auto& p : e.participants) {
        if (!first)
          buf_.push_back(',');
        append_text(buf_, p);
        first = false;
      }
      end();
    }
    for (const auto& s : e.sources) {
      const Document* doc = ix_.document(s.doc);
      if (doc && !TimelineIndex::url_of(*doc).empty()) {
        start("URL:");
        ical::append_uri(buf_, TimelineIndex::url_of(*doc));
        end();
        break;
      }
    }
    const auto& links = ix_.timeline().links;
    for (uint32_t l : ix_.causes_of(i)) {
      start("RELATED-TO;RELTYPE=DEPENDS-ON;X-LINK-TYPE=");
      buf_.append(upper(to_string(links[l].type)));
      buf_.push_back(':');
      uid(links[l].from);
      end();
    }
    if (w.dated) {
      line("TRANSP:TRANSPARENT");
      line("X-TIMELINE-PRECISION:" + upper(to_string(e.when.grain())));
    }
    if (!w.edtf.empty()) {
      start("X-TIMELINE-EDTF:");
      append_text(buf_, w.edtf);
      end();
    }
    start("X-TIMELINE-TRACK:");
    append_text(buf_, ix_.tracks()[ix_.track_of(i)].id);
    end();
    start("END:");
    buf_.append(comp);
    end();
  }

  Sink& out_;
  const TimelineIndex& ix_;
  const ExportContext& ctx_;
  std::string dtstamp_;
  std::string buf_;
  std::string text_;  // scratch for DESCRIPTION, reused
};

}  // namespace

void write_ical(std::ostream& out, const Timeline& tl, const ExportContext& ctx) {
  const TimelineIndex ix(tl);
  Sink sink(out);
  CalendarWriter(sink, ix, ctx).write();
}

}  // namespace causeline::exporters
