using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Conflux.Tests.Packaging;

/// <summary>
/// scripts/pack-test.sh: every package packs from a copy of the tree, dotnet publish gives a conflux executable, the
/// conflux tool installs from the folder and answers --help, and a project outside the repository restores the four
/// libraries from it and builds. Then each
/// package is opened: its readme, licence, description, tags, and for the libraries their documentation.
/// </summary>
[Collection(SimulatorCollection.Name)]
public class PackagingTests
{
    private static readonly string[] s_libraries = ["Conflux", "Conflux.Redis", "Conflux.AspNetCore", "Conflux.Client"];

    [Fact]
    public async Task Every_package_packs_installs_and_restores_from_a_local_folder()
    {
        var root = Root();
        var work = Directory.CreateTempSubdirectory("conflux-pack-test-");
        try
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "pack-test.sh"), work.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = root,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                // Bounded: the script and every dotnet it started end here.
                process.Kill(entireProcessTree: true);
                throw;
            }

            var text = await output + await error;
            Assert.True(process.ExitCode == 0, text);
            Assert.Contains("pack-test: ok", text, StringComparison.Ordinal);
            Assert.Contains("installed tool: ", text, StringComparison.Ordinal);
            Assert.Contains("published: conflux", text, StringComparison.Ordinal);

            var packages = Directory.GetFiles(Path.Combine(work.FullName, "packages"), "*.nupkg");
            foreach (var id in s_libraries.Append("Conflux.Cli"))
            {
                var path = Assert.Single(packages, p => Path.GetFileName(p).StartsWith(id + ".0.", StringComparison.Ordinal));
                using var zip = ZipFile.OpenRead(path);
                Assert.NotNull(zip.GetEntry("README.md"));
                var nuspec = XDocument.Load(zip.GetEntry(id + ".nuspec")!.Open());
                XNamespace ns = nuspec.Root!.Name.Namespace;
                var metadata = nuspec.Root.Element(ns + "metadata")!;
                Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
                Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
                Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value), id);
                Assert.Contains("raft", metadata.Element(ns + "tags")?.Value ?? "", StringComparison.Ordinal);
                if (id == "Conflux.Cli")
                {
                    Assert.Contains(metadata.Element(ns + "packageTypes")!.Elements(), t => t.Attribute("name")?.Value == "DotnetTool");
                }
                else
                {
                    // The library and its XML documentation; the analyzers that check the public API are not shipped.
                    Assert.NotNull(zip.GetEntry($"lib/net10.0/{id}.dll"));
                    Assert.NotNull(zip.GetEntry($"lib/net10.0/{id}.xml"));
                    Assert.DoesNotContain("PublicApiAnalyzers", nuspec.ToString(), StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The repository's root: the folder above the tests that holds Conflux.sln.</summary>
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conflux.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Conflux.sln is not above the test's folder.");
    }
}
