package org.disclosurehub.policy;

import java.util.Set;

/**
 * Masks a natural person's name as its surname followed by one {@code *} per remaining
 * character (张伟 → 张*, 欧阳娜娜 → 欧阳**): a compound surname (复姓) counts as the surname.
 */
public final class NameMasker {

    /** Compound surnames of the 百家姓 and others in use. */
    static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "夏侯", "令狐",
            "宇文", "司徒", "司空", "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "赫连", "澹台", "公冶",
            "濮阳", "淳于", "单于", "太叔", "申屠", "钟离", "闻人", "万俟", "拓跋", "百里", "东郭", "南门",
            "羊舌", "微生", "梁丘", "左丘", "东门", "第五", "公羊", "谷梁", "宗政", "亓官", "仲孙", "叔孙",
            "乐正", "巫马", "公西", "漆雕", "壤驷", "公良", "夹谷", "宰父", "段干", "司寇", "子车", "颛孙",
            "鲜于", "闾丘", "公仪", "即墨", "达奚", "褚师");

    private NameMasker() {
    }

    public static String mask(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length <= 1) {
            return trimmed.isEmpty() ? trimmed : "*";
        }
        int surname = length > 2 && COMPOUND_SURNAMES.contains(firstCodePoints(trimmed, 2)) ? 2 : 1;
        return firstCodePoints(trimmed, surname) + "*".repeat(length - surname);
    }

    private static String firstCodePoints(String s, int n) {
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}
