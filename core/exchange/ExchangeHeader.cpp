// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeHeader.h"

#include "core/domain/Codes.h"

namespace parcours {

namespace {

QString normalised(const QString& name)
{
    QString folded = codes::fold(name.trimmed());
    if (folded.endsWith(QLatin1Char(' ')))
        folded.chop(1);
    return folded;
}

// French headers (already folded) and the column each stands for. `nom` is resolved apart.
constexpr struct
{
    const char* french;
    const char* column;
} kFrench[] = {
    {"prenom", "first_name"},
    {"nom de famille", "last_name"},
    {"date de naissance", "birth_date"},
    {"e mail", "email"},
    {"courriel", "email"},
    {"mail", "email"},
    {"telephone", "phone"},
    {"tel", "phone"},
    {"adresse", "address"},
    {"ville", "city"},
    {"genre", "gender"},
    {"sexe", "gender"},
    {"pays d origine", "country_of_origin"},
    {"langues", "languages"},
    {"statut", "status"},
};

} // namespace

ExchangeHeader::ExchangeHeader(const QStringList& cells, const QStringList& columns)
{
    m_cellOf.fill(-1, columns.size());
    QStringList folded;
    for (const QString& c : columns)
        folded << normalised(c);

    for (int cell = 0; cell < cells.size(); ++cell) {
        const QString name = normalised(cells.at(cell));
        if (name.isEmpty())
            continue; // an empty header cell heads nothing worth reporting
        int column = int(folded.indexOf(name));
        if (column < 0) {
            QString target;
            if (name == QLatin1String("nom"))
                target = columns.contains(QLatin1String("last_name")) ? QStringLiteral("last_name")
                                                                      : QStringLiteral("name");
            for (const auto& f : kFrench)
                if (name == QLatin1String(f.french))
                    target = QString::fromLatin1(f.column);
            column = int(columns.indexOf(target));
        }
        if (column < 0)
            m_unknown << cells.at(cell).trimmed();
        else if (m_cellOf.at(column) >= 0)
            m_repeated << columns.at(column);
        else
            m_cellOf[column] = cell;
    }
}

} // namespace parcours
