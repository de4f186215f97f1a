#pragma once

#include <QString>

namespace Apim::Core {

// Quoting for the workflow files of GitHub Actions and Azure Pipelines. Two layers: the
// YAML scalar (what the parser reads back must be the value, whatever it holds) and the
// engines' own expansion, which runs on the parsed text before any shell sees it
// (GitHub's ${{ }}, Azure Pipelines' $( ), $[ ] and ${{ }}).
namespace WorkflowQuoting {

// A YAML double-quoted scalar that reads back as exactly value: backslash, quote, line
// breaks (including NEL, LS, PS) and every control character escaped; never a plain
// scalar, so ": ", " #", a leading "-" or "*" mean nothing.
QString yamlScalar(const QString &value);
// A bash word for a run script that the engine hands to bash unchanged: single-quoted
// when needed, and "$(" "${" "$[" split by an empty '' so that no engine finds an
// expression or a macro in it (bash joins the pieces back).
QString shellWord(const QString &word);
// True when text holds no line break (YAML's include NEL, LS, PS) and no control character.
bool isOneLine(const QString &text);
// What keeps value out of a workflow: a line break or control character, or text an
// engine would expand ("${{", "$(", "$["); empty when it may go in. Translated.
QString valueProblem(const QString &value);

} // namespace WorkflowQuoting

} // namespace Apim::Core
