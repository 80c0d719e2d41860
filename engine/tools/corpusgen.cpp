// Build-time tool: will index corpus/docs into an SQLite image and write it as C++ (foundation issue).
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: attune_corpusgen DOCS_DIR -o OUT.cpp\n";
    return 2;
  }
  std::ofstream out(argv[3]);
  out << "#include \"embedded/embedded.hpp\"\nnamespace attune::embedded {\n"
         "std::span<const unsigned char> CorpusImage() { return {}; }\n}\n";
  return out ? 0 : 1;
}
