namespace DanVan.Domain.Administration;

/// <summary>The accent-insensitive index behind <see cref="AdministrativeCatalog"/> search; built on first search.</summary>
internal sealed class UnitSearchIndex
{
    internal UnitSearchIndex(AdministrativeUnit[] units) => Units = units;

    internal AdministrativeUnit[] Units { get; }
}
