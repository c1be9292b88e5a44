using DanVan.Domain.Administration;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>Finding the unit a name names, in the catalog's search index.</summary>
internal sealed partial class OrganizationNameParser
{
    /// <summary>
    /// Finds the unit that tokens [start, end) name: among <paramref name="kinds"/> (bits of <see cref="UnitKindWords.Bit"/>)
    /// on the date, with units above it named after it ("xã Quang Sơn, huyện Lập Thạch"); failing that, on the other
    /// states of the catalog, then among units of any kind, to say what is wrong.
    /// </summary>
    /// <param name="kind">The kind of body, for the messages.</param>
    /// <param name="start">The first token of the unit.</param>
    /// <param name="end">The token after the last.</param>
    /// <param name="kinds">The unit kinds the name may mean.</param>
    /// <param name="bare">True when the name is written without its kind ("Huyện ủy Thường Tín"), so a bare number may be one.</param>
    /// <param name="grassroots">True for a grassroots body attached to the commune found.</param>
    private Place Unit(OrganizationKind kind, int start, int end, int kinds, bool bare, bool grassroots)
    {
        var found = Candidates(start, end, kinds, _date, _scope, bare, out var mismatch);
        var (above, split) = ((AdministrativeUnit?)null, end);
        if (found.Count == 0)
        {
            found = WithParents(start, end, kinds, _date, _scope, bare, out mismatch, out above, out split);
        }

        var name = AttemptedValue.Of(Source(start, end));
        if (found.Count == 1)
        {
            return Place.Found(found[0].Unit, grassroots, mismatch is { } m ? KindMismatchIssue(name, m, found[0].Unit) : null);
        }

        if (found.Count > 1)
        {
            var units = found.ConvertAll(f => f.Unit);
            return new Place(Outcome.Ambiguous, null, units, AmbiguousIssue(name, units, _date), grassroots);
        }

        if (_scope is not null)
        {
            var outside = Candidates(start, end, kinds, _date, null, bare, out _);
            if (outside.Count > 0)
            {
                var units = outside.ConvertAll(f => f.Unit);
                var issue = OrganizationNameIssues.NotWithin.Create(
                    string.Empty, name, new("name", name), new("scope", PathOf(_scope)), new("date", Format(_date)), new("found", Paths(units, _date)));
                return Place.Failed(OrganizationNameStatus.NotFound, issue, units);
            }
        }

        foreach (var other in _registry.OtherStates(_date))
        {
            AdministrativeUnit? scopeThen = null;
            if (_within is { } code && (scopeThen = _catalog.Find(code, other)) is null)
            {
                continue;
            }

            var then = Candidates(start, end, kinds, other, scopeThen, bare, out _);
            if (then.Count == 0)
            {
                then = WithParents(start, end, kinds, other, scopeThen, bare, out _, out _, out _);
            }

            if (then.Count > 0)
            {
                return new Place(Outcome.OtherDate, then.Count == 1 ? then[0].Unit : null, then.ConvertAll(f => f.Unit), null, grassroots) { OtherDate = other };
            }
        }

        var any = Candidates(start, end, OrganizationNamePhrases.AllKinds, _date, _scope, bare, out _);
        if (any.Count > 0)
        {
            var units = any.ConvertAll(f => f.Unit);
            var unit = units[0];
            var info = OrganizationKinds.Get(kind);
            var attached = grassroots && unit.Level == AdministrativeLevel.Commune;
            if (info.PresenceAt(attached ? OrganizationLevel.Grassroots : OrganizationRegistry.LevelOf(unit)) is null)
            {
                // The unit is clear; the kind does not exist at its level, which Complete reports.
                return units.Count == 1 ? Place.Found(unit, attached) : new Place(Outcome.Ambiguous, null, units, AmbiguousIssue(name, units, _date), attached);
            }

            if (units.Count == 1 && ExpectedName(kind, unit) is { } expected)
            {
                var issue = OrganizationNameIssues.OtherForm.Create(
                    string.Empty, Shown, new("text", Shown), new("kind", info.EnglishName), new("kindVi", info.VietnameseName),
                    new("unit", PathOf(unit)), new("expected", expected));
                return Place.Failed(OrganizationNameStatus.NotFound, issue, units);
            }
        }

        // "phường Xyz, huyện Thường Tín": the units above were found, the unit itself was not.
        var (english, vietnamese, kindWords) = KindNames(start, split, kinds);
        var bareName = AttemptedValue.Of(kindWords < split - start ? Source(start + kindWords, split) : Source(start, split));
        var within = above is null ? string.Empty : " in " + PathOf(above);
        var withinVi = above is null ? string.Empty : " thuộc " + PathOf(above);
        return Place.Failed(OrganizationNameStatus.NotFound, OrganizationNameIssues.UnitNotFound.Create(
            string.Empty, name, new("unitKinds", english), new("unitKindsVi", vietnamese), new("name", bareName), new("within", within),
            new("withinVi", withinVi), new("date", Format(_date))), []);
    }

    // The exact (or initials) matches of tokens [start, end) among `kinds` valid on `date` and within `scope`: those of
    // the best rank at the highest level.
    private List<(AdministrativeUnit Unit, int Rank)> Candidates(int start, int end, int kinds, LocalDate date, AdministrativeUnit? scope, bool bare, out int? mismatch)
    {
        mismatch = null;
        var best = new List<(AdministrativeUnit Unit, int Rank)>(1);
        var segment = _tokens.AsSpan(start, end - start);
        var kindWords = UnitKindWords.MatchStart(_chars, segment, out var named);
        if (segment.Length > UnitSearchIndex.MaximumWords || kindWords == segment.Length || (!bare && kindWords == 0 && segment.Length == 1 && IsNumber(start)))
        {
            return best; // a kind alone ("huyện"), or a bare number in running text: not a name
        }

        var levels = kindWords == 0 ? 0 : UnitKindWords.Levels(named);
        var source = Source(start, end);
        var written = source.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? VietnameseNormalization.Normalize(source) : null;
        var hits = new SearchHits(32);
        try
        {
            _index.Collect(_chars, segment, date, null, ref hits, written);
            hits.Rank();
            for (var i = 0; i < hits.Count; i++)
            {
                var rank = hits.RankAt(i);
                var unit = _index.Unit(hits.UnitAt(i));
                if ((kinds & UnitKindWords.Bit(unit.Kind)) == 0 || !Acceptable(rank, unit, levels) || (scope is not null && !IsWithin(unit, scope, date)))
                {
                    continue;
                }

                if (best.Count > 0 && (rank != best[0].Rank || unit.Level != best[0].Unit.Level))
                {
                    break;
                }

                best.Add((unit, rank));
            }
        }
        finally
        {
            hits.Dispose();
        }

        if (best.Count > 0 && SearchRank.Hint(best[0].Rank) == SearchRank.OtherKind)
        {
            mismatch = named;
        }

        return best;
    }

    // "xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc", "Huyện ủy Châu Thành tỉnh An Giang": the unit's name, then the units
    // above it, split at a comma or a kind word; the units above are read as an address.
    private List<(AdministrativeUnit Unit, int Rank)> WithParents(
        int start, int end, int kinds, LocalDate date, AdministrativeUnit? scope, bool bare, out int? mismatch, out AdministrativeUnit? above, out int at)
    {
        mismatch = null;
        above = null;
        at = end;
        for (var split = start + 1; split < end; split++)
        {
            if (!IsKindAt(split) && _tokens[split].Part == _tokens[split - 1].Part)
            {
                continue;
            }

            var address = _catalog.ParseAddress(Source(split, end), date);
            if (address.Status != AddressMatchStatus.Resolved || address.Unmatched.Count > 0 || address.Unit is not { } parent)
            {
                continue;
            }

            AdministrativeUnit narrower;
            if (scope is null || IsWithin(parent, scope, date))
            {
                narrower = parent;
            }
            else if (IsWithin(scope, parent, date))
            {
                narrower = scope;
            }
            else
            {
                continue;
            }

            var found = Candidates(start, split, kinds, date, narrower, bare, out mismatch);
            if (found.Count > 0)
            {
                return found;
            }

            if (above is null)
            {
                (above, at) = (parent, split);
            }
        }

        return [];
    }

    // As in address parsing: an exact name, or initials that cannot be a word; a kind named in the text may differ from
    // the unit's only at the same level (a xã that became a phường), which the match reports as a warning.
    private static bool Acceptable(int rank, AdministrativeUnit unit, int levels)
    {
        var kind = SearchRank.Kind(rank);
        if (kind != UnitMatchKind.Exact && !(kind == UnitMatchKind.Initials && SearchRank.IsStrongInitials(rank)))
        {
            return false;
        }

        return SearchRank.Hint(rank) != SearchRank.OtherKind || (levels & (1 << (int)unit.Level)) != 0;
    }

    private bool IsWithin(AdministrativeUnit unit, AdministrativeUnit scope, LocalDate date)
    {
        var current = unit;
        for (var depth = 0; current is not null && depth < 4; depth++)
        {
            if (current.Code == scope.Code)
            {
                return true;
            }

            current = current.ParentCode is { } parent ? _catalog.Find(parent, date) : null;
        }

        return false;
    }

    // The unit kinds of the levels where `kind` exists: what a unit in running text after its name may be.
    private static int LevelKinds(OrganizationKind kind)
    {
        var bits = 0;
        foreach (var presence in OrganizationKinds.Get(kind).Presences)
        {
            var level = presence.Level switch
            {
                OrganizationLevel.Province => AdministrativeLevel.Province,
                OrganizationLevel.District => AdministrativeLevel.District,
                OrganizationLevel.Commune or OrganizationLevel.Grassroots => AdministrativeLevel.Commune,
                _ => (AdministrativeLevel?)null,
            };
            foreach (var info in AdministrativeUnitKinds.All)
            {
                if (info.Level == level)
                {
                    bits |= UnitKindWords.Bit(info.Kind);
                }
            }
        }

        return bits;
    }
}
