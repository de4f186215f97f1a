#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Apim::Ui {

// A tinted strip with an icon, wrapped text and an optional action button: the running
// operation's warning on the details pane, a keychain problem with its Retry, a
// preflight finding. The tint is mixed from the palette, so it follows light and dark.
class BannerWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error, Success };

    explicit BannerWidget(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Plain text unless the caller composed HTML (with everything from outside escaped):
    // messages from Azure must not be able to add links or markup.
    void setText(const QString &text, Qt::TextFormat format = Qt::PlainText);
    QString text() const;
    // An empty label hides the button. It is made with its first label: a button without
    // one would be an unnamed control to a screen reader, even hidden.
    void setActionText(const QString &text);
    QPushButton *actionButton() const { return m_action; } // nullptr until it has a label
    // A further button after the action button (e.g. "Use session-only mode").
    QPushButton *addButton(const QString &text, const QString &objectName);

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateLook();
    void updateIcon();
    void updateAccessibleName();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QHBoxLayout *m_layout = nullptr;
    bool m_updating = false;
    bool m_iconStale = true; // drawn when shown: most banners stay hidden
    QString m_kindName; // the accessible name given for the kind, replaced when the kind changes
};

} // namespace Apim::Ui
