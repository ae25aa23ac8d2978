using System.Runtime.CompilerServices;

namespace Conflux.Tests.Consensus.Transcripts;

/// <summary>
/// Each file of <c>testdata/</c> is a transcript of the core (see <see cref="Transcript"/>): every command's output
/// must be exactly what the file says. After a deliberate change of behaviour, run the tests with
/// <c>CONFLUX_REWRITE_TRANSCRIPTS=1</c> to write the new outputs into the files, and read the diff: it is the change.
/// </summary>
public class TranscriptTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Consensus", "Transcripts", "testdata"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Transcript_prints_what_its_file_says(string file)
    {
        // Rewriting reads the source file, so that commands edited since the last build are run (and kept).
        var rewrite = Environment.GetEnvironmentVariable("CONFLUX_REWRITE_TRANSCRIPTS") == "1";
        var text = File.ReadAllText(rewrite ? Path.Combine(SourceFolder(), "testdata", file)
            : Path.Combine(AppContext.BaseDirectory, "Consensus", "Transcripts", "testdata", file));
        var blocks = Transcript.Parse(text);
        Assert.NotEmpty(blocks);
        var transcript = new Transcript();
        var outputs = new List<string>();
        string? mismatch = null;
        foreach (var block in blocks)
        {
            string output;
            try
            {
                output = transcript.Run(block.Command);
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                output = $"error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}\n";
            }

            outputs.Add(output);
            if (mismatch is null && output != block.Expected)
            {
                mismatch = $"{file}:{block.Line}: {block.Command}\n--- expected\n{block.Expected}--- got\n{output}";
            }
        }

        if (rewrite)
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "testdata", file), Transcript.Format(blocks, outputs));
            return;
        }

        Assert.True(mismatch is null, mismatch);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
