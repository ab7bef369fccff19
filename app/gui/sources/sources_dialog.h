#pragma once

#include <QDialog>

#include <memory>

class QListWidget;
class QTableWidget;

namespace Ui {
class SourcesDialog;
}

namespace x1 {
class WorkbookDocument;
}

namespace x1::gui {

// 来源文件 (provenance): every file whose schools were imported, with its SHA-256, the
// verification code it carried, when it was read, its unit and how many schools came from it
// (the figures of `x1apply-cli sources`); selecting one lists its schools.
class SourcesDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { FileColumn, Sha256Column, CodeColumn, ReadColumn, UnitColumn, SchoolsColumn, ColumnCount };

    explicit SourcesDialog(WorkbookDocument* document, QWidget* parent = nullptr);
    ~SourcesDialog() override;

    QTableWidget* sourcesTable() const;
    QListWidget* schoolsList() const;

private:
    void refresh();
    void showSchools();

    std::unique_ptr<Ui::SourcesDialog> m_ui;
    WorkbookDocument* m_document;
};

} // namespace x1::gui
