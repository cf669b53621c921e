#pragma once

#include "models/clusterstore.h"

#include <QDialog>

class ConnectionProfilesModel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Creates or edits one cluster: a name and the saved connection profiles that are its
// members (a check list: Space toggles the current one). The message under the list says
// what is missing while the definition is not valid, and OK stays disabled until it is.
// OK saves through the ClusterStore (atomically); if saving fails, the dialog stays open
// with the reason.
//
//     auto *dialog = new ClusterDialog(&store, &profiles, QString(), this); // new; u"prod"_s edits "prod"
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     connect(dialog, &QDialog::accepted, ...); // ... store.cluster(dialog->definition().name)
//     dialog->open();
class ClusterDialog : public QDialog
{
    Q_OBJECT
public:
    ClusterDialog(ClusterStore *store, const ConnectionProfilesModel *profiles, const QString &editName = {},
        QWidget *parent = nullptr);

    // What the fields say now (name trimmed, checked members in list order).
    ClusterDefinition definition() const;
    QString editName() const { return m_editName; }
    QString message() const; // the validation or save problem shown; empty when fine

    void accept() override;

private:
    void validate();

    ClusterStore *m_store = nullptr;
    QString m_editName;
    QLineEdit *m_name = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
