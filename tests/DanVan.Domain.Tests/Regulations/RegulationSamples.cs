using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Tests.Regulations;

/// <summary>Small synthetic regulations for catalog, validator and JSON tests; the numbers are real-looking but the facts are made up.</summary>
internal static class RegulationSamples
{
    public static DocumentNumber Number(string text) => DocumentNumber.Parse(text, DocumentNumberParseMode.Strict);

    public static LocalDate Day(int year, int month, int day) => new(year, month, day);

    public static RegulationRelation Replaces(string target, LocalDate? targetIssueDate = null) =>
        new(RelationKind.Replaces, Number(target), targetIssueDate);

    public static RegulationRelation Relation(RelationKind kind, string target, LocalDate? targetIssueDate = null) =>
        new(kind, Number(target), targetIssueDate);

    public static Regulation Make(
        string number,
        LocalDate issued,
        LocalDate? entryIntoForce = null,
        LocalDate? endOfForce = null,
        DocumentKind? kind = null,
        params RegulationRelation[] relations) =>
        new(
            Number(number),
            kind ?? (Number(number).Type?.Kind ?? DocumentKind.Law),
            "Bộ Chính trị",
            $"Văn bản thử {number}",
            issued,
            entryIntoForce,
            endOfForce,
            relations,
            ["test"]);

    public static RegulationCatalog Catalog(params Regulation[] regulations)
    {
        var builder = RegulationCatalog.CreateBuilder();
        foreach (var regulation in regulations)
        {
            builder.Add(regulation);
        }

        return builder.Build();
    }
}
