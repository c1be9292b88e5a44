namespace DanVan.Domain.Organizations;

/// <summary>One phrase that opens an organization's name: its folded words, the kind it names and how the name goes on.</summary>
/// <param name="Words">The folded words: "ban", "dan", "van".</param>
/// <param name="Kind">The kind it names.</param>
/// <param name="Form">How the rest of the name reads.</param>
/// <param name="UnitKinds">For committee forms and grassroots bodies, the unit kinds the rest may name (bits of <see cref="Administration.UnitKindWords.Bit"/>); 0 for any.</param>
internal sealed record NamePhrase(string[] Words, OrganizationKind Kind, NameForm Form, int UnitKinds);
