#include "new_workbook_dialog.h"

#include "start/ui_new_workbook_dialog.h"

#include "catalog/catalog.h"
#include "common/file_dialog.h"
#include "normalize/field_values.h"
#include "normalize/phone.h"
#include "util/clock.h"

#include <QDir>
#include <QPushButton>

namespace x1::gui {

namespace {

// The 报送单位 kinds in the order of the combo, and the form each of them files.
struct Filer {
    const char* unitKind;
    const char* profileId;
};
constexpr Filer filers[] = {
    {"学校", "sc-2019"},
    {"市州教育行政部门", "sc-2019"},
    {"省级教育行政部门", "moe-2019"},
    {"国家开放大学", "moe-2019"},
};

// Characters Windows does not allow in a file name.
QString fileNamePart(QString text)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : text) {
        if (forbidden.contains(c))
            c = u'_';
    }
    return text.trimmed();
}

} // namespace

NewWorkbookDialog::NewWorkbookDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::NewWorkbookDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("新建"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->whoCombo, &QComboBox::currentIndexChanged, this, &NewWorkbookDialog::update);
    for (QLineEdit* edit : {m_ui->unitEdit, m_ui->contactEdit, m_ui->phoneEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewWorkbookDialog::update);
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this] {
        m_pathChosen = true;
        update();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::saveWorkbook(this, tr("保存新工作簿"), QFileInfo(this->path()).fileName());
        if (path.isEmpty())
            return;
        m_pathChosen = true;
        m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
        update();
    });
    update();
}

NewWorkbookDialog::~NewWorkbookDialog() = default;

QString NewWorkbookDialog::unitKind() const
{
    return QString::fromUtf8(filers[std::max(0, m_ui->whoCombo->currentIndex())].unitKind);
}

QString NewWorkbookDialog::profileId() const
{
    return QString::fromUtf8(filers[std::max(0, m_ui->whoCombo->currentIndex())].profileId);
}

void NewWorkbookDialog::update()
{
    const FormProfile* profile = Catalog::builtIn().profile(profileId());
    m_ui->profileLabel->setText(profile ? profile->title : profileId());
    const QString phone = m_ui->phoneEdit->text();
    QString invalid;
    m_ui->phoneHint->setText(phone.trimmed().isEmpty() || validatePhone(phone, &invalid)
                                 ? QString()
                                 : tr("“%1”不是有效的电话号码：座机请带区号，如 028-86110894").arg(invalid));
    m_ui->phoneHint->setVisible(!m_ui->phoneHint->text().isEmpty());
    if (!m_pathChosen) {
        const QString unit = fileNamePart(m_ui->unitEdit->text());
        const QString name = (unit.isEmpty() ? tr("申报单位") : unit) + QStringLiteral("_1+X试点申报.x1db");
        m_ui->pathEdit->setText(QDir::toNativeSeparators(QDir(FileDialog::lastFolder()).filePath(name)));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->unitEdit->text().trimmed().isEmpty()
                                                             && !m_ui->pathEdit->text().trimmed().isEmpty());
}

QString NewWorkbookDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    if (!path.endsWith(QStringLiteral(".x1db"), Qt::CaseInsensitive))
        path += QStringLiteral(".x1db");
    return path;
}

// The values go through the normalisers every edit of the document uses.
Workbook NewWorkbookDialog::workbook() const
{
    const auto normalised = [](const FieldAddress& address, const QString& typed) {
        Result<QString> value = normalizeFieldValue(address, typed);
        return value ? *value : typed.trimmed();
    };
    Workbook workbook;
    Header& header = workbook.header;
    header.profileId = profileId();
    header.unitKind = unitKind();
    header.unit = normalised(FieldAddress::of(HeaderField::Unit), m_ui->unitEdit->text());
    header.contact = normalised(FieldAddress::of(HeaderField::Contact), m_ui->contactEdit->text());
    header.phone = normalised(FieldAddress::of(HeaderField::Phone), m_ui->phoneEdit->text());
    header.fillDate = Clock::today();
    if (header.unitKind == u"学校") {
        School school;
        school.name = normalised(FieldAddress::of(0, SchoolField::Name), header.unit);
        workbook.schools << school;
    }
    return workbook;
}

} // namespace x1::gui
