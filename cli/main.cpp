// causeline: timelines and causal chains from news articles. Thin main over the subcommand table.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  using namespace causeline::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    std::cout << "usage: causeline COMMAND [ARGS...]   (causeline COMMAND --help for details)\n\n"
                 "commands:\n";
    for (const Command& c : commands()) {
      std::string name(c.name);
      name.resize(10, ' ');
      std::cout << "  " << name << ' ' << c.help << '\n';
    }
    return args.empty() ? kUsage : kOk;
  }
  if (args[0] == "--version") {
    std::cout << "causeline " << CAUSELINE_VERSION << '\n';
    return kOk;
  }
  for (const Command& c : commands()) {
    if (c.name == args[0]) {
      return c.run(std::span<const std::string>(args).subspan(1));
    }
  }
  std::cerr << "causeline: unknown command '" << args[0] << "' (see causeline help)\n";
  return kUsage;
}
