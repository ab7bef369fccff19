#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace x1 {

class Catalog;

// The levels of a cell: "初级、中级", "初级/中级", "初、中级", "初中级", "中级", "初级至高级".
// Recognised levels come first in the catalogue's order (初级, 中级, 高级), each once; a part that
// is not a level is kept as typed after them, so that E05 can name it.
QStringList parseLevels(QStringView text, const Catalog& catalog);
QStringList parseLevels(QStringView text);

// The canonical catalogue name for a spelling of a certificate ("BIM", "建筑信息模型(BIM)",
// "WEB前端开发", "web前端", "物流管理职业技能等级证书" …); empty when it is not in the catalogue.
QString canonicalCertificate(QStringView text, const Catalog& catalog);
QString canonicalCertificate(QStringView text);

// A 参与试点证书及等级 cell split into certificate and levels.
struct CertificateCell {
    QString certificate; // canonical when recognised, else the name part as typed (normalised)
    QStringList levels;  // as parseLevels
    bool recognised = false;
};

// "建筑信息模型(BIM)初级/中级/高级", "Web前端开发-中级", "汽车运用与维修 初、中级",
// "Web前端开发（初级、中级）", "建筑信息模型（BIM）（初级）" (the name holds a bracket itself).
// A known certificate followed by a bracket or a separator keeps what follows as its levels even
// when they are not levels ("Web前端开发（特级）" → Web前端开发, 特级), so that E05 names them.
CertificateCell parseCertificateCell(QStringView text, const Catalog& catalog);
CertificateCell parseCertificateCell(QStringView text);

// The lookup table behind canonicalCertificate; build one per catalogue for bulk work.
class CertificateNames {
public:
    explicit CertificateNames(const Catalog& catalog);
    QString canonical(QStringView text) const;
    // The certificate whose name or alias starts `text` (spaces ignored, any case), the longest
    // such, and how many characters of `text` without spaces it covers; {} and 0 when none.
    QPair<QString, qsizetype> longestPrefix(QStringView text) const;
    // The table of the built-in catalogue, built once.
    static const CertificateNames& builtIn();

private:
    QHash<QString, QString> m_byKey;
};

} // namespace x1
