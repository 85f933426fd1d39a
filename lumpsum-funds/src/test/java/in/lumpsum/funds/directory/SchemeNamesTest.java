package in.lumpsum.funds.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemeNamesTest {

  @Test
  void words_dropCasePunctuationAndNoise() {
    assertThat(SchemeNames.words("HDFC Flexi-Cap FUND - Direct Plan - Growth Option"))
        .containsExactly("hdfc", "flexi", "cap", "direct", "growth");
    assertThat(SchemeNames.words("Banking & PSU")).containsExactly("banking", "and", "psu");
    assertThat(SchemeNames.words("Fund Plan Option")).isEmpty();
  }

  @Test
  void identityWords_dropPlanOptionWordsRunTogetherFormsAndRemarks() {
    assertThat(SchemeNames.identityWords(
        "Baroda BNP Paribas Health and Wellness Fund Regular IDCWPayout"))
        .containsExactly("baroda", "bnp", "paribas", "health", "and", "wellness");
    assertThat(SchemeNames.identityWords(
        "Nippon India Credit Risk Fund (Existing Number of Segregated Portfolios - 1)"))
        .containsExactly("nippon", "india", "credit", "risk");
    assertThat(SchemeNames.identityWords("Union ELSS Tax Saver Fund (Formerly Union Tax Saver (ELSS) Fund"))
        .containsExactly("union", "elss", "tax", "saver");
    assertThat(SchemeNames.identityWords("Tata Nifty SDL Plus AAA PSU Bond Dec 2027 60 40 Index Fund"))
        .contains("2027", "60", "40");
  }

  @Test
  void identityKey_sameForAmfisBeforeAndAfterNames() {
    assertThat(SchemeNames.identityKey("quant Flexi Cap Fund - Growth Option - Regular Plan"))
        .isEqualTo(SchemeNames.identityKey("Quant Flexi Cap Fund"));
    assertThat(SchemeNames.identityKey("DSP Ultra Short Fund - Regular Plan - IDCW - Daily Reinvest"))
        .isEqualTo(SchemeNames.identityKey("DSP Ultra Short Fund"));
    assertThat(SchemeNames.identityKey("Nippon India Vision Large & Midcap Fund-GROWTH PLAN-Growth Option"))
        .isEqualTo(SchemeNames.identityKey("Nippon India Vision Large & Mid Cap Fund"));
  }

  @Test
  void sameFund_wordingIsNotARename_realChangesAre() {
    assertThat(SchemeNames.sameFund("Axis Quant Fund - Regular Plan - Growth", "Axis Quant Fund", false))
        .isTrue();
    assertThat(SchemeNames.sameFund("HDFC Top 100 Fund - Growth", "HDFC Large Cap Fund - Growth", false))
        .isFalse();
    // Sub-plan words lost at the format change: the same fund only when the words moved.
    String old = "Aditya Birla Sun Life Liquid Fund -Institutional - IDCW";
    assertThat(SchemeNames.sameFund(old, "Aditya Birla Sun Life Liquid Fund", true)).isTrue();
    assertThat(SchemeNames.sameFund(old, "Aditya Birla Sun Life Liquid Fund", false)).isFalse();
    // A corrected typo, and words run together.
    assertThat(SchemeNames.sameFund("Aditya Birla Sun Life Govenment Securities Fund -Regular",
        "Aditya Birla Sun Life Government Securities Fund", true)).isTrue();
    // New words are a rename even when words moved.
    assertThat(SchemeNames.sameFund("Bandhan Short Duration Fund - Regular Plan - Growth",
        "Bandhan Medium to Long Duration Fund", true)).isFalse();
    assertThat(SchemeNames.sameFund("UTI MMF - Regular Plan - Growth Option", "UTI - Money Market Fund",
        true)).isFalse();
  }

  @Test
  void namesPlanOrOption() {
    assertThat(SchemeNames.namesPlanOrOption("Kaveri Fund - Direct Plan - Growth")).isTrue();
    assertThat(SchemeNames.namesPlanOrOption("Kaveri Fund")).isFalse();
  }
}
