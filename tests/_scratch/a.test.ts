import { it } from 'vitest';
import { planInfusion } from '../../src/index.js';
const show = (label: string, i: unknown) => {
  try {
    const r = planInfusion(i);
    if (!r.ok) console.log(label, 'FAIL', JSON.stringify(r.issues.map(x => [x.code, x.path])));
    else console.log(label, 'OK', r.plan.status, JSON.stringify({ rate: r.plan.pump.rate, dur: r.plan.pump.duration, vtbi: r.plan.pump.volumeToBeInfused, conc: r.plan.bag.concentrations, del: r.plan.agents[0]?.delivered, final: r.plan.bag.finalVolume, failed: r.plan.checks.filter(c => !c.passed).map(c => c.code) }));
  } catch (e) { console.log(label, 'THROW', String(e)); }
};
const lido = (extra: object = {}, prep: object = {}) => ({ patient: { weight: { value: 70, unit: 'kg' }, height: { value: 175, unit: 'cm' }, sex: 'male' }, protocol: 'lidocaine-chronic-pain-rch', session: 1, dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 40, unit: 'mcg/kg/min' } }, preparation: prep, ...extra });
it('x', () => {
  show('lido+NS', lido({}, { diluent: 'sodium-chloride-0.9' }));
  show('lido+NS withdraw', lido({}, { diluent: 'sodium-chloride-0.9', additiveVolume: 'withdraw-equal' }));
  show('lido+D5 10mg', lido({}, { diluent: 'dextrose-5', product: 'lidocaine-10mg-ml' }));
  show('lido premix4', lido({}, { product: 'lidocaine-4mg-ml-premix-500ml' }));
  show('lido premix8', lido({}, { product: 'lidocaine-8mg-ml-premix-250ml' }));
  show('lido 10mg', lido({}, { product: 'lidocaine-10mg-ml' }));
  show('sanacora 10mg vial', { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-depression-sanacora-2017', session: 1, preparation: { product: 'ketamine-10mg-ml-20ml' } });
  show('sanacora add', { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-depression-sanacora-2017', session: 1, preparation: { additiveVolume: 'add', overfill: { value: 7, unit: 'mL' } } });
  show('mag 350', { patient: { weight: { value: 350, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 1 });
  show('mag 250 container 50', { patient: { weight: { value: 250, unit: 'kg' } }, protocol: 'magnesium-crps-collins-2009', session: 1, preparation: { containerVolume: { value: 50, unit: 'mL' } } });
  show('clinic 1.125', { patient: { weight: { value: 77.7, unit: 'kg' } }, protocol: 'ketamine-clinic-course-2x3', session: 1, dose: { rate: { value: 1.125, unit: 'mg/kg/h' } }, preparation: { containerVolume: { value: 250, unit: 'mL' } } });
  show('clinic 3.5', { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-clinic-course-2x3', session: 1, dose: { rate: { value: 3.5, unit: 'mg/kg/h' } }, preparation: { containerVolume: { value: 250, unit: 'mL' } } });
  show('schw 0 weight', { patient: { weight: { value: 0, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1 });
  show('schw pump inc', { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1, pump: { increment: { value: 0.001, unit: 'mL/h' } } });
  show('schw dur 1e-9', { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-depression-sanacora-2017', session: 1, dose: { duration: { value: '0.0000001', unit: 'min' } } });
  show('schw tiny rate', { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1, dose: { rate: { value: '0.0000001', unit: 'mg/kg/h' } } });
  show('huge overfill', { patient: { weight: { value: 70, unit: 'kg' } }, protocol: 'ketamine-crps-schwartzman-2009', session: 1, preparation: { overfill: { value: '1e3', unit: 'mL' } } });
  show('lido tiny height', { patient: { weight: { value: 70, unit: 'kg' }, height: { value: 100, unit: 'cm' }, sex: 'female' }, protocol: 'lidocaine-chronic-pain-rch', session: 1, dose: { total: { value: 5, unit: 'mg/kg' }, rate: { value: 40, unit: 'mcg/kg/min' } } });
  const t = performance.now(); for (let k = 0; k < 1000; k++) planInfusion(lido()); console.log('ms/plan', (performance.now() - t) / 1000);
});
