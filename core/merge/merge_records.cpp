#include "merge/merge_session.h"

#include <algorithm>

namespace x1::merging {

void MergeSession::takeTargetSchools()
{
    for (const Source& source : std::as_const(m_target.sources)) {
        m_sourceIdBySha.insert(source.sha256, source.id);
        m_dateBySourceId.insert(source.id, source.fillDate);
        m_nextSourceId = std::max(m_nextSourceId, source.id + 1);
    }
    for (const School& school : std::as_const(m_target.schools)) {
        Version version;
        version.school = school;
        version.date = m_dateBySourceId.value(school.sourceId, m_target.header.fillDate);
        m_lastGroup = std::max(m_lastGroup, school.conflictGroup);
        m_index.add(school, int(m_versions.size()));
        m_versions.push_back(version);
    }
}

int MergeSession::registerSource(Source source, bool importedNow)
{
    if (const auto known = m_sourceIdBySha.constFind(source.sha256); known != m_sourceIdBySha.constEnd())
        return *known;
    source.id = m_nextSourceId++;
    if (importedNow)
        source.importedAt = m_options.now;
    m_sourceIdBySha.insert(source.sha256, source.id);
    m_dateBySourceId.insert(source.id, source.fillDate);
    m_target.sources << source;
    return source.id;
}

void MergeSession::takeSource(int index)
{
    const SourceData& data = m_sources[index];
    if (m_sourceIdBySha.contains(data.source.sha256)) {
        ++m_summary.sourcesAlreadyImported;
        return;
    }
    const int outerId = registerSource(data.source, true);
    // A merged workbook read again (a 市州 workbook at the province) keeps its schools' provenance.
    QHash<int, int> innerIds;
    for (const Source& inner : data.workbook.sources)
        innerIds.insert(inner.id, registerSource(inner, false));
    for (const School& school : data.workbook.schools) {
        Version version;
        version.school = school;
        version.school.sourceId = innerIds.value(school.sourceId, outerId);
        version.school.conflictGroup = 0;
        version.school.sortKey.clear();
        version.rank = index;
        version.sourceIndex = index;
        const QDate innerDate = m_dateBySourceId.value(version.school.sourceId);
        version.date = innerDate.isValid() ? innerDate : data.source.fillDate;
        place(std::move(version));
    }
}

void MergeSession::finishConflicts()
{
    for (const QList<int>& positions : std::as_const(m_conflictVersions)) {
        MergeConflict conflict;
        for (int position : positions) {
            const Version& version = m_versions[size_t(position)];
            ConflictVersion entry;
            entry.school = version.school;
            entry.kept = !version.dropped;
            entry.fillDate = version.date;
            // The version's own source: for a school of a merged workbook, the file it came from.
            if (const Source* source = m_target.sourceById(version.school.sourceId)) {
                entry.sourceFile = source->fileName;
                entry.sha256 = source->sha256;
            }
            conflict.versions << entry;
        }
        conflict.school = conflict.versions.first().school.name;
        conflict.schoolCode = conflict.versions.first().school.schoolCode;
        m_summary.conflicts << conflict;
    }
}

// Explanations attach to findings of a school ("CODE|school|certificate|major"); those of the
// schools a source still speaks for are carried over, the first met kept. Whole-workbook ones
// (W07, W09) concern the source's own form and stay behind.
// Explanations attach to findings of a school ("CODE|school|certificate|major"); those of the
// schools a source still speaks for are carried over, the first met kept. Whole-workbook ones
// (W07, W09) concern the source's own form and stay behind.
void MergeSession::carryExplanations(const QList<int>& order)
{
    QHash<int, QSet<QString>> namesBySource = m_foldedNames;
    for (const Version& version : m_versions) {
        if (version.sourceIndex >= 0 && !version.dropped)
            namesBySource[version.sourceIndex].insert(version.school.name);
    }
    for (int index : order) {
        const QSet<QString> names = namesBySource.value(index);
        const QMap<QString, QString>& explanations = m_sources[index].workbook.explanations;
        for (auto it = explanations.begin(); it != explanations.end(); ++it) {
            const QString school = it.key().section(u'|', 1, 1);
            if (!school.isEmpty() && names.contains(school) && !m_target.explanations.contains(it.key()))
                m_target.explanations.insert(it.key(), it.value());
        }
    }
}

void MergeSession::adoptHeader()
{
    Header& target = m_target.header;
    for (const SourceData& data : m_sources) {
        const Header& source = data.workbook.header;
        if (target.unit.isEmpty() && !source.unit.isEmpty()) {
            target.unit = source.unit;
            target.unitKind = source.unitKind;
        }
        if (target.contact.isEmpty())
            target.contact = source.contact;
        if (target.phone.isEmpty())
            target.phone = source.phone;
    }
}

} // namespace x1::merging
