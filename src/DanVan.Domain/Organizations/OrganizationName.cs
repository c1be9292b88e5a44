namespace DanVan.Domain.Organizations;

/// <summary>A composed name: the official Vietnamese form, the abbreviated form where usage has one, and English.</summary>
/// <param name="Name">The official Vietnamese name: "Ủy ban nhân dân xã Quang Sơn".</param>
/// <param name="ShortName">The usual abbreviated form: "UBND xã Quang Sơn"; null when the kind has none.</param>
/// <param name="EnglishName">The English name: "Quang Son Commune People's Committee"; null when it cannot be composed (a locality).</param>
public sealed record OrganizationName(string Name, string? ShortName, string? EnglishName)
{
    /// <summary>The official Vietnamese name.</summary>
    public override string ToString() => Name;
}
