#pragma once

#include "model/certificate_row.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace x1 {

class Catalog;

// Tab-separated text as Excel and WPS put it on the clipboard: rows end with a line break, cells
// are separated by tabs, a cell holding a line break or a quote is quoted ("…", "" for a quote).
QList<QStringList> splitPastedText(const QString& text);

// Certificate rows from text copied out of a filled-in form, through the importer's normalisers.
// A block of seven or more columns is the whole form row (序号 · 试点院校名称 · 学校类型 ·
// 参与试点证书及等级 · 参与试点专业数量 · 参与试点专业名称 · 参与试点学生规模 · 备注); a narrower
// one starts at 参与试点证书及等级 (证书及等级 · 专业数量 · 专业名称 · 学生规模 · 备注). Empty lines
// and the form's own heading row are left out.
QList<CertificateRow> rowsFromPastedText(const QString& text, const Catalog& catalog);

} // namespace x1
