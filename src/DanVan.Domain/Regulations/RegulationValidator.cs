using System.Globalization;
using System.Text.Json;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Checks document numbers, regulations and whole catalogs (DV41xx) and returns the issues found; never throws
/// for bad data.
/// </summary>
/// <remarks>
/// <para>Per number: an unknown issuer (DV4101) or type abbreviation (DV4102), as warnings, since the grammar allows
/// any. Per regulation: a kind its system does not have (DV4103), entry into force before issue (DV4104), an end not
/// after the start (DV4105), a relation to itself (DV4108). Per catalog: replacements whose dates contradict
/// (DV4106), cycles of replaces or amends (DV4107), relations to documents not in the catalog (DV4109, info).</para>
/// <para>Paths follow the JSON of the catalog: <c>regulations[3].relations[0]</c>. Thread-safe.</para>
/// </remarks>
public static class RegulationValidator
{
    /// <summary>Checks a number on its own: unknown issuer or type abbreviation.</summary>
    public static ValidationResult Validate(DocumentNumber number) => ValidationResult.From(NumberIssues(number, string.Empty));

    /// <summary>Checks one regulation on its own.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="regulation"/> is null.</exception>
    public static ValidationResult Validate(Regulation regulation)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        return ValidationResult.From(RegulationIssuesOf(regulation, string.Empty));
    }

    /// <summary>Checks every regulation of <paramref name="catalog"/> and the relations between them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static ValidationResult Validate(RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var issues = new List<ValidationIssue>();
        var index = catalog.Regulations.Select((r, i) => (r.Key, i)).ToDictionary(p => p.Key, p => p.i);
        for (var i = 0; i < catalog.Count; i++)
        {
            var regulation = catalog.Regulations[i];
            var path = IssuePath.Index("regulations", i);
            issues.AddRange(RegulationIssuesOf(regulation, path));
            for (var j = 0; j < regulation.Relations.Count; j++)
            {
                var relation = regulation.Relations[j];
                var relationPath = IssuePath.Index(IssuePath.Combine(path, "relations"), j);
                var target = catalog.Resolve(regulation, relation);
                if (target is null)
                {
                    issues.Add(RegulationIssues.UnknownRelationTarget.Create(
                        relationPath, relation.Target.ToString(), Number(regulation), Arg("relation", Name(relation.Kind)), Arg("target", relation.Target.ToString())));
                    continue;
                }

                var (newer, older) = relation.Kind switch
                {
                    RelationKind.Replaces => (regulation, target),
                    RelationKind.ReplacedBy => (target, regulation),
                    _ => (null, null),
                };
                if (newer is not null && older is not null && ReplacementContradicts(newer, older))
                {
                    issues.Add(RegulationIssues.ReplacementDatesContradict.Create(
                        relationPath,
                        relation.Target.ToString(),
                        Arg("number", newer.Number.ToString()),
                        Arg("issueDate", Iso(newer.IssueDate)),
                        Arg("entryIntoForce", Iso(newer.EntryIntoForce)),
                        Arg("replaced", older.Number.ToString()),
                        Arg("replacedIssueDate", Iso(older.IssueDate)),
                        Arg("replacedEntryIntoForce", Iso(older.EntryIntoForce)),
                        Arg("replacedEndOfForce", older.EndOfForce is { } end ? Iso(end) : "—")));
                }
            }
        }

        foreach (var kind in new[] { RelationKind.Replaces, RelationKind.Amends })
        {
            issues.AddRange(Cycles(catalog, kind, index));
        }

        return ValidationResult.From(issues);
    }

    private static IEnumerable<ValidationIssue> NumberIssues(DocumentNumber number, string path)
    {
        if (number.IsDefault)
        {
            yield break;
        }

        var numberPath = IssuePath.Combine(path, "number");
        foreach (var issuer in number.IssuerAbbreviations)
        {
            if (Issuers.Find(number.System, issuer) is null)
            {
                yield return RegulationIssues.UnknownIssuer.Create(
                    numberPath, number.ToString(), Arg("number", number.ToString()), Arg("issuer", issuer), SystemArg(number.System), SystemViArg(number.System));
            }
        }

        if (number.TypeAbbreviation is { } type && DocumentTypes.FindByAbbreviation(number.System, type) is null)
        {
            yield return RegulationIssues.UnknownType.Create(
                numberPath, number.ToString(), Arg("number", number.ToString()), Arg("type", type), SystemArg(number.System), SystemViArg(number.System));
        }
    }

    private static IEnumerable<ValidationIssue> RegulationIssuesOf(Regulation regulation, string path)
    {
        foreach (var issue in NumberIssues(regulation.Number, path))
        {
            yield return issue;
        }

        if (!DocumentTypes.IsValid(regulation.System, regulation.Kind))
        {
            yield return RegulationIssues.KindNotValidForSystem.Create(
                IssuePath.Combine(path, "kind"),
                regulation.Kind.ToString(),
                Number(regulation),
                SystemArg(regulation.System),
                SystemViArg(regulation.System),
                Arg("kind", regulation.Kind.ToString()),
                Arg("kindVietnamese", KindVietnamese(regulation.Kind)));
        }

        if (regulation.EntryIntoForce < regulation.IssueDate)
        {
            yield return RegulationIssues.EntryIntoForceBeforeIssue.Create(
                IssuePath.Combine(path, "entryIntoForce"), Iso(regulation.EntryIntoForce), Number(regulation),
                Arg("entryIntoForce", Iso(regulation.EntryIntoForce)), Arg("issueDate", Iso(regulation.IssueDate)));
        }

        if (regulation.EndOfForce is { } end && end <= regulation.EntryIntoForce)
        {
            yield return RegulationIssues.EndNotAfterStart.Create(
                IssuePath.Combine(path, "endOfForce"), Iso(end), Number(regulation),
                Arg("endOfForce", Iso(end)), Arg("entryIntoForce", Iso(regulation.EntryIntoForce)));
        }

        for (var j = 0; j < regulation.Relations.Count; j++)
        {
            var relation = regulation.Relations[j];
            if (relation.Target == regulation.Number && (relation.TargetIssueDate is null || relation.TargetIssueDate == regulation.IssueDate))
            {
                yield return RegulationIssues.SelfRelation.Create(
                    IssuePath.Index(IssuePath.Combine(path, "relations"), j), relation.Target.ToString(), Number(regulation), Arg("relation", Name(relation.Kind)));
            }
        }
    }

    private static bool ReplacementContradicts(Regulation newer, Regulation older) =>
        newer.IssueDate < older.IssueDate ||
        newer.EntryIntoForce < older.EntryIntoForce ||
        (older.EndOfForce is { } end && end > newer.EntryIntoForce);

    /// <summary>Finds each cycle of <paramref name="kind"/> links once, reported on its earliest member.</summary>
    private static IEnumerable<ValidationIssue> Cycles(RegulationCatalog catalog, RelationKind kind, Dictionary<RegulationKey, int> index)
    {
        var reported = new HashSet<RegulationKey>();
        foreach (var start in catalog.Regulations)
        {
            if (reported.Contains(start.Key))
            {
                continue;
            }

            var cycle = FindCycle(catalog, start, kind);
            if (cycle is null)
            {
                continue;
            }

            foreach (var member in cycle)
            {
                reported.Add(member.Key);
            }

            var first = cycle.MinBy(m => index[m.Key])!;
            yield return RegulationIssues.RelationCycle.Create(
                IssuePath.Index("regulations", index[first.Key]),
                first.Number.ToString(),
                Arg("number", first.Number.ToString()),
                Arg("relation", Name(kind)),
                Arg("cycle", string.Join(" → ", cycle.Append(cycle[0]).Select(m => m.Number.ToString()))));
        }
    }

    private static List<Regulation>? FindCycle(RegulationCatalog catalog, Regulation start, RelationKind kind)
    {
        // Iterative depth-first search: a long chain cannot overflow the stack.
        var path = new List<Regulation> { start };
        var onPath = new HashSet<RegulationKey> { start.Key };
        var done = new HashSet<RegulationKey>();
        var pending = new Stack<IEnumerator<Regulation>>();
        pending.Push(catalog.Related(start, kind).GetEnumerator());
        while (pending.Count > 0)
        {
            var next = pending.Peek();
            if (!next.MoveNext())
            {
                pending.Pop();
                var finished = path[^1];
                path.RemoveAt(path.Count - 1);
                onPath.Remove(finished.Key);
                done.Add(finished.Key);
                continue;
            }

            var target = next.Current;
            if (ReferenceEquals(target, start) || target.Key == start.Key)
            {
                return path;
            }

            if (onPath.Contains(target.Key) || done.Contains(target.Key))
            {
                continue;
            }

            path.Add(target);
            onPath.Add(target.Key);
            pending.Push(catalog.Related(target, kind).GetEnumerator());
        }

        return null;
    }

    private static IssueArgument Number(Regulation regulation) => Arg("number", regulation.Number.ToString());

    private static IssueArgument SystemArg(DocumentSystem system) => Arg("system", system == DocumentSystem.Party ? "Party" : "State");

    private static IssueArgument SystemViArg(DocumentSystem system) => Arg("systemVietnamese", system == DocumentSystem.Party ? "Đảng" : "Nhà nước");

    private static string KindVietnamese(DocumentKind kind) =>
        DocumentTypes.Find(DocumentSystem.State, kind)?.VietnameseName ?? DocumentTypes.Find(DocumentSystem.Party, kind)?.VietnameseName ?? kind.ToString();

    private static string Name(RelationKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static IssueArgument Arg(string name, string value) => new(name, value);
}
