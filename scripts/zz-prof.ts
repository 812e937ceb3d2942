import { buildBulletin } from '../libs/bulletin/src/model/build-bulletin';
import { renderBulletinPdf } from '../libs/bulletin/src/pdf/render-bulletin-pdf';
import { sampleCountyExtract } from '../libs/bulletin/src/testing/sample-extract';
(async () => {
  for (let i = 0; i < 4; i++) {
    const t = Date.now();
    const pdf = await renderBulletinPdf(buildBulletin(sampleCountyExtract()));
    console.log('ms', Date.now() - t, 'bytes', pdf.length);
  }
})();
