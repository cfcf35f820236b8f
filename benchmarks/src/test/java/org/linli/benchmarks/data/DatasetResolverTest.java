package org.linli.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.datasets.Datasets;
import org.linli.datasets.itc2007.ItcReader;

class DatasetResolverTest {

    @Test
    void resolve_bundledItcName_withOrWithoutExtension_isTheSameInstance() {
        BenchmarkDataset bare = DatasetResolver.resolve("toy");
        BenchmarkDataset withExtension = DatasetResolver.resolve("toy.ctt");

        assertThat(bare.kind()).isEqualTo(BenchmarkDataset.Kind.ITC2007);
        assertThat(bare.isItc()).isTrue();
        assertThat(bare.sha256()).matches("[0-9a-f]{64}").isEqualTo(withExtension.sha256());
        assertThat(bare.model().getSessions()).hasSize(bare.itcInstance().totalLectures());
    }

    @Test
    void resolve_cttFile_hashesTheFileBytes(@TempDir Path folder) throws IOException {
        Path copy = folder.resolve("my-toy.ctt");
        byte[] bytes;
        try (InputStream in = ItcReader.class.getResourceAsStream("/itc2007/toy.ctt")) {
            bytes = in.readAllBytes();
        }
        Files.write(copy, bytes);

        BenchmarkDataset dataset = DatasetResolver.resolve(copy.toString());

        assertThat(dataset.name()).isEqualTo("my-toy");
        assertThat(dataset.sha256()).isEqualTo(Sha256.of(bytes));
        assertThat(dataset.ctt().getProtocol()).isEqualTo("file");
    }

    @Test
    void resolve_bundledPlan_isHashedAsItsFile() throws IOException {
        BenchmarkDataset dataset = DatasetResolver.resolve("neighbourhood-holiday");

        byte[] bytes;
        try (InputStream in = Datasets.class.getResourceAsStream(Datasets.resource("neighbourhood-holiday"))) {
            bytes = in.readAllBytes();
        }
        assertThat(dataset.kind()).isEqualTo(BenchmarkDataset.Kind.BUNDLED);
        assertThat(dataset.sha256()).isEqualTo(Sha256.of(bytes));
        assertThat(dataset.isItc()).isFalse();
        assertThat(dataset.model().getSessions()).isNotEmpty();
    }

    @Test
    void resolve_presetWeekAndSeed_generatesThePlanDeterministically() {
        BenchmarkDataset first = DatasetResolver.resolve("neighbourhood-school@3");
        BenchmarkDataset again = DatasetResolver.resolve("Neighbourhood-School@3");
        BenchmarkDataset other = DatasetResolver.resolve("neighbourhood-school@4");

        assertThat(first.kind()).isEqualTo(BenchmarkDataset.Kind.GENERATED);
        assertThat(first.name()).isEqualTo("neighbourhood-school@3");
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(other.sha256()).isNotEqualTo(first.sha256());
    }

    @Test
    void resolve_unknownName_listsWhatThereIs() {
        assertThatThrownBy(() -> DatasetResolver.resolve("village-winter"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(village-winter)")
                .hasMessageContaining("district-school")
                .hasMessageContaining("comp01");
    }

    @Test
    void resolve_missingFile_namesIt() {
        assertThatThrownBy(() -> DatasetResolver.resolve("nowhere/comp99.ctt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(nowhere/comp99.ctt)");
    }
}
