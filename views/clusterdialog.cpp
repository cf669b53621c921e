#include "views/clusterdialog.h"

#include "models/connectionprofilesmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The profile name behind an item (its text may carry a note).
constexpr int ProfileNameRole = Qt::UserRole + 1;

} // namespace

ClusterDialog::ClusterDialog(
    ClusterStore *store, const ConnectionProfilesModel *profiles, const QString &editName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_editName(editName)
{
    const ClusterDefinition existing = store ? store->cluster(editName) : ClusterDefinition {};
    setWindowTitle(editName.isEmpty() ? tr("New cluster") : tr("Edit cluster %1").arg(editName));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A cluster is a group of HAProxy instances that serve the same backends: an "
                                "action taken on the cluster is sent to every member."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(existing.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. production"));
    form->addRow(tr("&Name:"), m_name);

    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("membersList"));
    m_members->setAccessibleName(tr("Members"));
    m_members->setToolTip(tr("Check the saved connections that belong to this cluster (Space toggles)"));
    // The cluster's members first, in their order, then the other saved connections. A member
    // whose profile was deleted stays listed, so editing does not drop it silently.
    QStringList profileNames;
    if (profiles)
        for (const ConnectionProfile &profile : profiles->profiles())
            profileNames << profile.name;
    auto addItem = [this](const QString &name, bool checked, bool known) {
        auto *item =
            new QListWidgetItem(known ? name : tr("%1 (no such saved connection)").arg(name), m_members);
        item->setData(ProfileNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString &member : existing.members)
        addItem(member, true, profileNames.contains(member));
    for (const QString &name : std::as_const(profileNames))
        if (!existing.members.contains(name))
            addItem(name, false, true);
    if (m_members->count() > 0)
        m_members->setCurrentRow(0);
    form->addRow(tr("&Members:"), m_members);
    layout->addLayout(form, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(editName.isEmpty() ? tr("&Create") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClusterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClusterDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ClusterDialog::validate);
    connect(m_members, &QListWidget::itemChanged, this, &ClusterDialog::validate);
    setTabOrder(m_name, m_members);
    setTabOrder(m_members, m_buttons);
    m_name->setFocus();
    validate();
    resize(420, 380);
}

ClusterDefinition ClusterDialog::definition() const
{
    ClusterDefinition result;
    result.name = m_name->text().trimmed();
    for (int i = 0; i < m_members->count(); ++i) {
        const QListWidgetItem *item = m_members->item(i);
        if (item->checkState() == Qt::Checked)
            result.members << item->data(ProfileNameRole).toString();
    }
    return result;
}

QString ClusterDialog::message() const
{
    return m_message->text();
}

void ClusterDialog::validate()
{
    const ClusterDefinition d = definition();
    QString problem = m_store ? m_store->validate(d, m_editName) : ClusterStore::validateDefinition(d);
    if (m_members->count() < 2)
        problem =
            tr("A cluster needs at least two saved connections: connect to each instance once to save it.");
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ClusterDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_store) {
        const ClusterDefinition d = definition();
        const Result<ClusterDefinition> saved =
            m_editName.isEmpty() ? m_store->add(d) : m_store->update(m_editName, d);
        if (!saved) {
            m_message->setText(saved.error());
            m_message->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}
