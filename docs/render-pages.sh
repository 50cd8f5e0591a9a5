#!/usr/bin/env bash
# Renders page 1 of each report the demo writes into docs/*.png, so that the README shows what the
# justice bureau receives. Needs the built jar (./mvnw -DskipTests package) and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r config "$work/"
(cd "$work" && java -jar "${JAR:-$OLDPWD/target/enforcement-reporting.jar}" demo > /dev/null)
shared="$work/shared-reports"
render() { # render <pdf> <png name>
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$1" "docs/$2"
    echo "docs/$2.png"
}
render "$shared/2025-06/柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf" monthly-report
render "$shared/2025-12/柳林县应急管理局催报通知_2025年12月.pdf" reminder
render "$shared/2025-07/柳林县应急管理局12345政务服务热线投诉举报信息汇总表_20250701至20250731.pdf" complaints
render "$(ls "$shared"/2026-01/*问题清单*.pdf | head -1)" rectification
render "$shared/2025-12/柳林县应急管理局行政执法相关数据统计表_2023-2025年.pdf" annual
render "$shared/阶段总结/柳林县应急管理局规范涉企行政执法专项行动监督检查阶段总结_2025年.pdf" phase-summary
render "$shared/2025-06/柳林县应急管理局入企检查情况及预警清单_2025年06月.pdf" inspections
