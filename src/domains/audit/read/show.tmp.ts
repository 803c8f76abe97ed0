import { renderReport } from '../../reports/render/index.ts';
import { randomReport, seededRandom } from '../../reports/testing/index.ts';
console.log(renderReport(randomReport(seededRandom(1), { format: '2019' }), 'runTogether'));
