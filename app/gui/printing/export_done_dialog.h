#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDoneDialog;
}

namespace x1::gui {

// After an export: the files written, the verification code they carry (复制), and the folder.
class ExportDoneDialog : public QDialog {
    Q_OBJECT

public:
    ExportDoneDialog(const QStringList& files, const QString& code, const QString& draftMark, QWidget* parent = nullptr);
    ~ExportDoneDialog() override;

    QString code() const;

private:
    std::unique_ptr<Ui::ExportDoneDialog> m_ui;
    QString m_folder;
};

} // namespace x1::gui
