package org.disclosurehub.support;

/** Facts of seed-data/ that tests rely on (see seed-data/README.md). */
public final class SeedData {

    public static final String CHAOYANG_GOVERNMENT_NAME = "北京市朝阳区人民政府";
    public static final String MARKET_REGULATION = "11110105000000027U";
    public static final String SHUANGJING_STREET_OFFICE = "111101050000001828";
    public static final String SHUANGJING_TEAM = "111101050000001903";
    public static final String VALID_OFFICER = "1101050000101";
    public static final String VALID_OFFICER_NAME = "江刚晓";
    public static final String SUSPENDED_OFFICER = "1101050000193";
    public static final String AUXILIARY_CARD = "FZ-110105-0019";

    private SeedData() {
    }
}
