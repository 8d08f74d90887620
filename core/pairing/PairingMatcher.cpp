// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingMatcher.h"

#include "PairingFeatures.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <QHash>

#include <algorithm>

namespace parcours {

namespace {

// Costs are whole numbers held in doubles: sums stay exact (far below 2^53), and Boost's
// potentials may add the "infinite" distance of a vertex no longer reachable without the
// undefined behaviour an integer overflow would be.
using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using Graph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, double,
                    boost::property<boost::edge_residual_capacity_t, double,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                                    boost::property<boost::edge_weight_t, double>>>>>;
using Edge = Traits::edge_descriptor;

class Network
{
public:
    explicit Network(std::size_t vertices) : m_g(vertices) {}

    Edge add(std::size_t from, std::size_t to, double capacity, double cost)
    {
        const Edge e = boost::add_edge(from, to, m_g).first;
        const Edge r = boost::add_edge(to, from, m_g).first;
        boost::put(boost::edge_capacity, m_g, e, capacity);
        boost::put(boost::edge_capacity, m_g, r, 0.0);
        boost::put(boost::edge_weight, m_g, e, cost);
        boost::put(boost::edge_weight, m_g, r, -cost);
        boost::put(boost::edge_reverse, m_g, e, r);
        boost::put(boost::edge_reverse, m_g, r, e);
        return e;
    }

    void solve(std::size_t source, std::size_t sink)
    {
        boost::successive_shortest_path_nonnegative_weights(m_g, source, sink);
    }

    bool saturated(const Edge& e) const { return boost::get(boost::edge_residual_capacity, m_g, e) < 0.5; }

private:
    Graph m_g;
};

} // namespace

bool PairingMatcher::isEligible(const Candidate& candidate, const MatchInput& input)
{
    const Volunteer& v = candidate.volunteer;
    if (candidate.remaining <= 0 || !canServeAs(v.role, input.role))
        return false;
    // A window that misses the cohort altogether: not a candidate at all (one that covers only
    // part of it is, without the availability points).
    if (v.availableTo.isValid() && input.cohort.startDate.isValid() && v.availableTo < input.cohort.startDate)
        return false;
    if (v.availableFrom.isValid() && input.cohort.endDate.isValid() && v.availableFrom > input.cohort.endDate)
        return false;
    return true;
}

namespace {

/// One row's eligible columns, best first, sorted only as far as asked. Among equal points the
/// columns come in index order starting from `start`, so that rows with the same preferences
/// spread over the columns they like equally instead of all asking for the first ones.
class RankedRow
{
public:
    RankedRow(const std::vector<int>& points, const std::vector<int>& capacity, std::size_t start)
    {
        const std::size_t cols = capacity.size();
        for (std::size_t j = 0; j < cols && j < points.size(); ++j)
            if (points[j] >= 0 && capacity[j] > 0)
                m_order.push_back({-points[j], int((j + cols - start) % cols), int(j)});
    }

    struct Entry
    {
        int minusPoints;
        int rank;
        int col;
        bool operator<(const Entry& o) const
        {
            return minusPoints != o.minusPoints ? minusPoints < o.minusPoints : rank < o.rank;
        }
    };

    /// The best columns whose capacities add up to `units` (or all of them), in order.
    const std::vector<Entry>& best(long units, const std::vector<int>& capacity)
    {
        while (true) {
            long covered = 0;
            std::size_t n = 0;
            for (; n < m_sorted && covered < units; ++n)
                covered += capacity[std::size_t(m_order[n].col)];
            if (covered >= units || m_sorted == m_order.size()) {
                m_prefix.assign(m_order.begin(), m_order.begin() + std::ptrdiff_t(n));
                return m_prefix;
            }
            const std::size_t more = std::min(m_order.size(), std::max<std::size_t>(16, 4 * m_sorted));
            std::partial_sort(m_order.begin() + std::ptrdiff_t(m_sorted), m_order.begin() + std::ptrdiff_t(more),
                              m_order.end());
            m_sorted = more;
        }
    }

    bool keepsAll() const { return m_prefix.size() == m_order.size(); }

private:
    std::vector<Entry> m_order;
    std::size_t m_sorted = 0; ///< m_order[0, m_sorted) is sorted and before the rest
    std::vector<Entry> m_prefix;
};

} // namespace

namespace {

std::vector<int> assignDistinct(const std::vector<std::vector<int>>& points, const std::vector<int>& capacity);

} // namespace

std::vector<int> PairingMatcher::assign(const std::vector<std::vector<int>>& points, const std::vector<int>& capacity)
{
    // Columns that score the same for every row are interchangeable: they are solved as one
    // column of their summed capacity, then its rows handed out to them in index order, each
    // filled up to its own capacity. Exact, and a network's many similar volunteers make a far
    // smaller graph.
    const std::size_t rows = points.size();
    const std::size_t cols = capacity.size();
    auto cell = [&](std::size_t i, std::size_t j) { return j < points[i].size() ? std::max(points[i][j], -1) : -1; };
    std::vector<std::vector<std::size_t>> members;   // per class, its columns in index order
    std::vector<int> classCapacity;
    QHash<std::size_t, std::vector<std::size_t>> byHash; // hash -> classes
    for (std::size_t j = 0; j < cols; ++j) {
        if (capacity[j] <= 0)
            continue;
        std::size_t h = 0;
        for (std::size_t i = 0; i < rows; ++i)
            h = h * 1000003u + std::size_t(cell(i, j) + 1);
        std::vector<std::size_t>& candidates = byHash[h];
        std::size_t found = members.size();
        for (std::size_t c : candidates) {
            const std::size_t first = members[c].front();
            bool same = true;
            for (std::size_t i = 0; i < rows && same; ++i)
                same = cell(i, j) == cell(i, first);
            if (same) {
                found = c;
                break;
            }
        }
        if (found == members.size()) {
            candidates.push_back(found);
            members.emplace_back();
            classCapacity.push_back(0);
        }
        members[found].push_back(j);
        classCapacity[found] += capacity[j];
    }
    std::vector<std::vector<int>> classPoints(rows, std::vector<int>(members.size()));
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t c = 0; c < members.size(); ++c)
            classPoints[i][c] = cell(i, members[c].front());

    const std::vector<int> byClass = assignDistinct(classPoints, classCapacity);
    std::vector<int> result(rows, -1);
    std::vector<std::size_t> member(members.size(), 0); // the member being filled
    std::vector<int> taken(cols, 0);
    for (std::size_t i = 0; i < rows; ++i) {
        if (byClass[i] < 0)
            continue;
        const auto c = std::size_t(byClass[i]);
        while (taken[members[c][member[c]]] >= capacity[members[c][member[c]]])
            ++member[c];
        const std::size_t j = members[c][member[c]];
        ++taken[j];
        result[i] = int(j);
    }
    return result;
}

namespace {

std::vector<int> assignDistinct(const std::vector<std::vector<int>>& points, const std::vector<int>& capacity)
{
    const std::size_t rows = points.size();
    const std::size_t cols = capacity.size();
    std::vector<int> result(rows, -1);
    if (rows == 0 || cols == 0)
        return result;
    int best = 0;
    for (const auto& row : points)
        for (std::size_t j = 0; j < cols && j < row.size(); ++j)
            best = std::max(best, row[j]);
    // cost = (best + 1) - points > 0: a flow of most units first (every unit saves best + 1
    // over leaving the row unpaired), then of least cost, i.e. of the highest total points.
    const double top = double(best) + 1.0;

    // Each row keeps its best columns until their capacities cover `wanted[i]` units. The
    // optimum of the kept graph is the optimum when every row has a kept column with room left
    // (linear programming duality: that row's dual then bounds every column it did not keep,
    // which scores no more), or when every row keeps enough to cover all rows (an exchange
    // argument: a row sent further down could move to a kept column with room). Rows that fail
    // the first test keep more, and the flow is solved again; usually once or twice.
    std::vector<RankedRow> ranked;
    ranked.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i)
        ranked.emplace_back(points[i], capacity, i * cols / rows);
    const long all = long(rows);
    std::vector<long> wanted(rows, std::min(all, 4L));
    while (true) {
        std::vector<std::vector<int>> kept(rows);
        std::vector<int> vertexOfCol(cols, -1);
        for (std::size_t i = 0; i < rows; ++i)
            for (const RankedRow::Entry& e : ranked[i].best(wanted[i], capacity)) {
                kept[i].push_back(e.col);
                vertexOfCol[std::size_t(e.col)] = 0; // used; numbered below in column order
            }
        std::size_t next = 1 + rows; // source, rows, columns, sink
        for (std::size_t j = 0; j < cols; ++j)
            if (vertexOfCol[j] == 0)
                vertexOfCol[j] = int(next++);
        const std::size_t source = 0;
        const std::size_t sink = next;
        Network net(next + 1);
        struct Arc
        {
            std::size_t row;
            int col;
            Edge edge;
        };
        std::vector<Arc> arcs;
        for (std::size_t i = 0; i < rows; ++i)
            net.add(source, 1 + i, 1.0, 0.0);
        for (std::size_t i = 0; i < rows; ++i)
            for (int j : kept[i])
                arcs.push_back({i, j, net.add(1 + i, std::size_t(vertexOfCol[std::size_t(j)]), 1.0,
                                              top - points[i][std::size_t(j)])});
        for (std::size_t j = 0; j < cols; ++j)
            if (vertexOfCol[j] > 0)
                net.add(std::size_t(vertexOfCol[j]), sink, double(capacity[j]), 0.0);
        net.solve(source, sink);

        std::vector<int> used(cols, 0);
        std::fill(result.begin(), result.end(), -1);
        for (const Arc& a : arcs)
            if (net.saturated(a.edge)) {
                result[a.row] = a.col;
                ++used[std::size_t(a.col)];
            }
        bool exact = true;
        bool everyRowCoversAll = true;
        for (std::size_t i = 0; i < rows; ++i) {
            if (ranked[i].keepsAll())
                continue;
            everyRowCoversAll = everyRowCoversAll && wanted[i] >= all;
            const bool roomLeft = std::any_of(kept[i].begin(), kept[i].end(),
                                              [&](int j) { return used[std::size_t(j)] < capacity[std::size_t(j)]; });
            if (!roomLeft) {
                exact = false;
                wanted[i] = std::min(all, wanted[i] * 4);
            }
        }
        if (exact || everyRowCoversAll)
            return result;
        // A row that covers all rows and still finds no room: fall back on the exchange argument.
        if (std::any_of(wanted.begin(), wanted.end(), [&](long w) { return w >= all; }))
            std::fill(wanted.begin(), wanted.end(), all);
    }
}

} // namespace

MatchResult PairingMatcher::match(const MatchInput& input)
{
    QList<Participant> participants = input.participants;
    std::sort(participants.begin(), participants.end(),
              [](const Participant& a, const Participant& b) { return a.ref < b.ref; });
    QList<Candidate> candidates;
    for (const Candidate& c : input.candidates)
        if (isEligible(c, input))
            candidates.append(c);
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.volunteer.ref < b.volunteer.ref; });

    pairing::Vocabulary vocabulary;
    std::vector<pairing::ParticipantKeys> pk;
    pk.reserve(std::size_t(participants.size()));
    for (const Participant& p : std::as_const(participants))
        pk.push_back(pairing::keysOf(pairing::participantFeatures(p), vocabulary));
    std::vector<pairing::CandidateKeys> ck;
    ck.reserve(std::size_t(candidates.size()));
    std::vector<int> capacity;
    capacity.reserve(std::size_t(candidates.size()));
    for (const Candidate& c : std::as_const(candidates)) {
        ck.push_back(pairing::keysOf(pairing::candidateFeatures(c, input.cohort), vocabulary));
        capacity.push_back(c.remaining);
    }

    std::vector<std::vector<int>> points(pk.size(), std::vector<int>(ck.size(), 0));
    for (std::size_t i = 0; i < pk.size(); ++i)
        for (std::size_t j = 0; j < ck.size(); ++j)
            points[i][j] = pairing::points(pk[i], ck[j], input.role);
    if (!input.excluded.isEmpty()) {
        QHash<QString, std::size_t> row;
        for (std::size_t i = 0; i < pk.size(); ++i)
            row.insert(participants.at(qsizetype(i)).ref, i);
        QHash<QString, std::size_t> col;
        for (std::size_t j = 0; j < ck.size(); ++j)
            col.insert(candidates.at(qsizetype(j)).volunteer.ref, j);
        for (const auto& [participant, volunteer] : input.excluded) {
            const auto i = row.constFind(participant);
            const auto j = col.constFind(volunteer);
            if (i != row.cend() && j != col.cend())
                points[*i][*j] = -1;
        }
    }

    const std::vector<int> chosen = assign(points, capacity);
    const PairingScorer scorer(input.cohort, input.role);
    MatchResult result;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Participant& p = participants.at(qsizetype(i));
        if (chosen[i] < 0) {
            result.unpaired << p.ref;
            continue;
        }
        const Candidate& c = candidates.at(chosen[i]);
        Proposal proposal;
        proposal.participantRef = p.ref;
        proposal.volunteerRef = c.volunteer.ref;
        proposal.role = input.role;
        proposal.score = scorer.score(p, c);
        proposal.missing = VolunteerReadiness::missing(c.volunteer);
        result.totalPoints += proposal.score.points;
        result.proposals.append(proposal);
    }
    return result;
}

} // namespace parcours
