using DanVan.Domain.CatalogBuilder;

// Usage: CatalogBuilder <data directory> <catalog.bin> <THIRD-PARTY-NOTICES.txt> [<catalog.json>]
// Writes the compact binary form the library embeds and, when asked, the same catalog in the JSON format.
if (args.Length is not (3 or 4))
{
    Console.Error.WriteLine("usage: DanVan.Domain.CatalogBuilder <admin-units data directory> <output catalog.bin> <output THIRD-PARTY-NOTICES.txt> [<output catalog.json>]");
    return 2;
}

try
{
    var catalog = SourceData.Read(args[0]).ToCatalog();
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
    using (var output = File.Create(args[1]))
    {
        DanVan.Domain.Administration.AdministrativeCatalogBinary.Write(catalog, output);
    }

    if (args.Length == 4)
    {
        using var json = File.Create(args[3]);
        catalog.WriteTo(json);
    }

    Notices.Write(args[0], args[2]);
    Console.WriteLine($"DanVan.Domain.CatalogBuilder: {catalog.Units.Count} unit versions, {catalog.Changes.Count} changes -> {args[1]}");
    return 0;
}
catch (Exception exception) when (exception is IOException or InvalidDataException or InvalidOperationException or ArgumentException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"error DVDATA: the administrative catalog could not be built from {args[0]}: {exception.Message}");
    return 1;
}
