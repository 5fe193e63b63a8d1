// Golden files: every exporter on the fixture timeline, byte for byte. On a mismatch the actual
// output is written under the build tree with a diff command; CAUSELINE_UPDATE_GOLDEN=1 rewrites.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "exporters/exporter.hpp"
#include "tests/exporters/fixture.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

void write_file(const fs::path& p, const std::string& s) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << s;
}

std::string render(const causeline::exporters::ExporterInfo& e) {
  std::ostringstream os;
  e.write(os, causeline::test::fixture_timeline(), causeline::test::fixture_context());
  return os.str();
}

}  // namespace

TEST_CASE("golden: every exporter matches its golden file byte for byte", "[exporters][golden]") {
  for (const auto& e : causeline::exporters::all_exporters()) {
    CAPTURE(e.name);
    const std::string actual = render(e);
    CHECK(actual == render(e));  // byte-stable across runs
    const fs::path golden =
        fs::path(CAUSELINE_GOLDEN_DIR) / ("fixture." + std::string(e.file_name));
    if (const char* u = std::getenv("CAUSELINE_UPDATE_GOLDEN"); u && std::string(u) == "1") {
      write_file(golden, actual);
      WARN("rewrote " << golden);
      continue;
    }
    const fs::path out = fs::path(CAUSELINE_GOLDEN_OUT) / ("fixture." + std::string(e.file_name));
    REQUIRE(fs::exists(golden));
    const std::string expected = read_file(golden);
    if (actual != expected) {
      write_file(out, actual);
      FAIL_CHECK("golden mismatch: diff -u " << golden << " " << out
                                             << "  (CAUSELINE_UPDATE_GOLDEN=1 rewrites)");
    }
  }
}
