#include "ChoiceComboBox.h"

namespace careerdesk {

ChoiceComboBox::ChoiceComboBox(QWidget* parent)
    : QComboBox(parent)
{
    // A long choice (a letter's title) would make the whole form as wide as it: the box shows what fits,
    // its list shows every choice whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT keyChanged(key()); });
}

void ChoiceComboBox::setChoices(const QVariantList& choices)
{
    const QString current = key();
    const QSignalBlocker blocker(this);
    clear();
    for (const QVariant& choice : choices) {
        const QVariantMap map = choice.toMap();
        addItem(map.value(QStringLiteral("label")).toString(), map.value(QStringLiteral("key")));
    }
    setKey(current);
}

QString ChoiceComboBox::key() const
{
    return currentData().toString();
}

void ChoiceComboBox::setKey(const QString& key)
{
    const int index = findData(key);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace careerdesk
