"""Nursing and healthcare, teaching and instructional design. Format: see skill_vocabulary.py."""

SKILL_LINES = r"""
~Patient care | patient-centred care | patient-centered care | direct patient care
~Patient assessment | patient assessments | nursing assessment | head-to-toe assessment
~Medication administration | medication management
Telemetry | telemetry monitoring | cardiac monitoring
ECG interpretation | EKG interpretation | ECG | EKG | rhythm interpretation | arrhythmia interpretation
Basic Life Support | =BLS
Advanced Cardiovascular Life Support | =ACLS
Pediatric Advanced Life Support | =PALS
Neonatal Resuscitation Program | =NRP
Trauma Nursing Core Course | =TNCC
Wound care | wound management
IV therapy | IV insertion | intravenous therapy | IV starts | =IV
Phlebotomy
~Triage
~Infection control | infection prevention
~Care planning | care plans | nursing care plans
~Discharge planning | discharge teaching
~Patient education
Electronic health records | =EHR | EHRs | electronic medical records | =EMR | EMRs
=Epic | Epic Systems | Epic EHR
Cerner | Oracle Health
Meditech
Pyxis | Pyxis MedStation
Omnicell
~Sepsis management | sepsis protocols | sepsis
~Critical care | intensive care
Medical-surgical nursing | med-surg | med/surg | medical surgical
~Emergency nursing | emergency care
~Pediatric nursing | pediatrics
~Oncology
~Geriatrics | geriatric care | gerontology
Labor and delivery
~Mental health | psychiatric nursing | behavioral health
~Case management
~Charge nurse | charge nurse duties
~Preceptorship | precepting | preceptor
~Clinical documentation | charting | documentation
~Vital signs
~Rapid response
~Chronic disease management
~Clinical research
~Pharmacology
~Public health
~Healthcare administration
Medical coding | ICD-10 | CPT coding
Medical billing
FHIR
HL7
DICOM
ICD-10-CM
CPT
Meditech Expanse
athenahealth
eClinicalWorks
NextGen
Allscripts
Kronos | UKG
Alaris pumps | Alaris
Sigma pumps
CRRT | continuous renal replacement therapy
ECMO
Ventilator management | mechanical ventilation | ventilators
Hemodynamic monitoring
Arterial lines | art lines
Central lines | central line care
PICC lines | PICC
Chest tubes
Tracheostomy care | trach care
~Code blue | code team
Stroke protocols | stroke care
NIH Stroke Scale | NIHSS
Glasgow Coma Scale
CAUTI prevention | CAUTI
CLABSI prevention | CLABSI
~Falls prevention | fall prevention
Restraint management
Blood transfusion | transfusions
Dialysis
Palliative care | hospice
Wound vac | negative pressure wound therapy
Catheter insertion | Foley catheter
NG tube | nasogastric tube
Insulin drips | insulin management
Heparin drips | heparin
PCCN
CCRN
CMSRN
=CEN
CPEN
TNCC
ENPC
NIHSS certification
~Instructional design
~Curriculum development | curriculum design
E-learning development | eLearning | e-learning
Learning management systems | =LMS | learning management system
ADDIE
Successive Approximation Model | =SAM
Backward design | Understanding by Design | =UbD
Bloom's taxonomy
Universal Design for Learning | =UDL
~Adult learning theory | andragogy | adult learning
~Needs analysis | training needs analysis | needs assessment
~Learning objectives
~Assessment design | assessments | assessment
~Storyboarding | storyboards
~Microlearning
~Blended learning
~Gamification
~Classroom management
~Lesson planning | lesson plans
~Differentiated instruction | differentiation
~Special education
~Student assessment
~Facilitation | workshop facilitation
~Training delivery | training
~Coaching
~Mentoring | mentorship | mentored
Articulate Storyline | Articulate Storyline 360 | Storyline 360 | =Storyline
Articulate Rise | Rise 360
Articulate 360
Adobe Captivate | =Captivate
Camtasia
Moodle
Canvas LMS | =Canvas
=Blackboard
Docebo
Cornerstone OnDemand
SCORM
xAPI | Tin Can
Kirkpatrick model | Kirkpatrick
WCAG | Section 508
~Accessibility | web accessibility
Google Classroom
Vyond
Adobe Premiere | =Premiere
Final Cut Pro
Audacity
Kaltura
Panopto
Brightspace | D2L
Schoology
Seesaw
Nearpod
Kahoot
Pear Deck
Absorb LMS
TalentLMS
Thinkific
Teachable
"""
