#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct _xmlDoc;
struct _xmlNode;

namespace careerdesk {

// A page or an HTML fragment parsed once by libxml2's forgiving HTML parser (no network, no error
// output), and the small questions the import readers ask of its nodes.
class HtmlDocument
{
    Q_DECLARE_TR_FUNCTIONS(HtmlDocument)

public:
    explicit HtmlDocument(const QByteArray& html);

    // libxml2 compares each attribute of a tag with every one before it: a tag with 100,000 attributes
    // takes minutes. Markup beyond this is refused unparsed (no page that people save comes near).
    static constexpr int maximumAttributesPerTag = 1000;
    // Each element costs libxml2 a node (some 200 bytes with its name and text): a file of the size
    // limit full of tiny tags would take gigabytes. Saved job pages hold tens of thousands.
    static constexpr int maximumElements = 500000;

    bool isValid() const { return m_document != nullptr; }
    // Why the markup was refused unparsed; empty when it was parsed (or was empty).
    QString problem() const { return m_problem; }
    const _xmlNode* firstNode() const; // the first top-level node: text before any element counts too

    static bool isElement(const _xmlNode* node);
    static bool isNamed(const _xmlNode* node, const char* name); // case aside
    static QString attribute(const _xmlNode* node, const char* name);
    static QByteArray content(const _xmlNode* node); // all text inside, entities decoded

private:
    struct Measure
    {
        int elements = 0;
        int mostAttributes = 0; // in one tag
    };
    static Measure measure(const QByteArray& html);

    std::unique_ptr<_xmlDoc, void (*)(_xmlDoc*)> m_document;
    QString m_problem;
};

} // namespace careerdesk
