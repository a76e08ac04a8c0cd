/**
 * Reading Kumamoto City's 事業一覧 (the yearly project list of its 中小企業・小規模企業振興基本計画):
 * tab-separated rows under 方向性 and 取組 headings, with ★, 【新】 and 【再掲】 markers.
 */
package jp.shinko.ingest.kumamoto;
