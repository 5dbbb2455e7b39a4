#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct _xmlDoc;
struct _xmlNode;

namespace careerdesk {

// A page or an HTML fragment parsed once by libxml2's forgiving HTML parser (no network, no error
// output), and the small questions the import readers ask of its nodes.
class HtmlDocument
{
public:
    explicit HtmlDocument(const QByteArray& html);

    bool isValid() const { return m_document != nullptr; }
    const _xmlNode* firstNode() const; // the first top-level node: text before any element counts too

    static bool isElement(const _xmlNode* node);
    static bool isNamed(const _xmlNode* node, const char* name); // case aside
    static QString attribute(const _xmlNode* node, const char* name);
    static QByteArray content(const _xmlNode* node); // all text inside, entities decoded

private:
    std::unique_ptr<_xmlDoc, void (*)(_xmlDoc*)> m_document;
};

} // namespace careerdesk
