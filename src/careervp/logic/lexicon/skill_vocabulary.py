"""A broad, field-neutral vocabulary of skills, tools, languages and methods.

One line per skill: the canonical name first, then its aliases, separated by " | ". An alias written with a leading
"=" is matched case-sensitively and as a whole word only, because in lower case it is an ordinary English word or
too short to be safe ("Go", "R", "JS", "ML", "Epic", "Slack", "Snowflake": "go", "epic" and "slack" are words).

The list is deliberately general (tech, data, finance and accounting, nursing and healthcare, marketing, education,
product, operations) so that a CV or letter from any field finds its tools here; it is not tuned to any corpus.
"""

from __future__ import annotations

SKILL_LINES = r"""
Python | python3 | =Py
Java
JavaScript | =JS | ECMAScript | ES6
TypeScript | =TS
=Go | Golang
=Rust
C language | C programming | ANSI C
C++ | cpp
C# | csharp | =C Sharp
.NET | dotnet | ASP.NET | .NET Core
=Ruby
Ruby on Rails | =Rails
PHP
Kotlin
=Swift
Objective-C
Scala
=R
MATLAB
=Julia
Perl
=Bash | shell scripting
PowerShell
SQL
NoSQL
HTML | HTML5
CSS | CSS3 | Sass | SCSS
VBA | Visual Basic
SAS
Stata
SPSS
COBOL
Fortran
Haskell
Elixir
Erlang
Clojure
=Dart
Lua
Solidity
GraphQL
REST | REST API | REST APIs | RESTful | RESTful APIs
gRPC
SOAP
WebSockets | WebSocket
=React | React.js | ReactJS
React Native
Angular | AngularJS
Vue | Vue.js | VueJS
Svelte
Next.js | NextJS
Node.js | =Node | NodeJS
Express.js | =Express
Django
=Flask
FastAPI
Spring Boot | =Spring
Laravel
jQuery
Redux
Tailwind CSS | Tailwind
=Bootstrap
=Flutter
Android
iOS
=Unity
Unreal Engine
PostgreSQL | Postgres | psql
MySQL
MariaDB
SQLite
Oracle Database | Oracle DB
Microsoft SQL Server | SQL Server | MSSQL | T-SQL
MongoDB | Mongo
Redis
=Cassandra | Apache Cassandra
DynamoDB
Elasticsearch | Elastic Search | OpenSearch
=Snowflake
BigQuery | Google BigQuery
Redshift | Amazon Redshift
Databricks
Apache Spark | =Spark | PySpark
Hadoop | Apache Hadoop
=Hive | Apache Hive
Apache Kafka | Kafka
RabbitMQ
Apache Airflow | =Airflow
dbt
Apache Flink | Flink
Neo4j
Memcached
ClickHouse
Amazon Web Services | AWS
Amazon EC2 | EC2
AWS Lambda | =Lambda
Amazon S3 | S3
Amazon SQS | SQS
Amazon RDS | RDS
Amazon ECS | ECS
Amazon EKS | EKS
CloudFormation | AWS CloudFormation
AWS CDK | CDK
Google Cloud Platform | GCP | Google Cloud
Microsoft Azure | Azure
Docker
~Containerization | containers
Kubernetes | =K8s | k8s
=Helm
Terraform
Ansible
=Puppet
=Chef
Pulumi
Jenkins
GitHub Actions
GitLab CI | GitLab CI/CD
CircleCI
CI/CD | continuous integration | continuous delivery | continuous deployment | CI / CD
Git | GitHub | GitLab | Bitbucket
Linux | Unix
Nginx
Apache HTTP Server
Prometheus
Grafana
Datadog
Splunk
New Relic
OpenTelemetry
ELK Stack | ELK
PagerDuty
Site reliability engineering | =SRE
Infrastructure as code | =IaC
~Microservices | microservice architecture | microservice
~Event-driven architecture | event-driven systems | event-driven
~Distributed systems
~System design
~Serverless
~DevOps
~Observability
Chaos engineering
~Load balancing
~Incident management | incident response
~On-call
~Code review | code reviews
Test-driven development | =TDD
~Unit testing | unit tests
Pytest
=Jest
Selenium
=Cypress
=Playwright
JUnit
~Quality assurance | =QA
~Object-oriented programming | =OOP
~Functional programming
~Data structures
~Algorithms
~API design
~Web development
~Mobile development
~Cloud computing
~Networking | TCP/IP
~Cybersecurity | information security | InfoSec
Penetration testing | pen testing
Identity and access management | =IAM
OAuth | OAuth2 | OAuth 2.0
PCI DSS | PCI-DSS | PCI
SOC 2 | SOC2
HIPAA
GDPR
ISO 27001
Machine learning | =ML | machine-learning
Deep learning
Artificial intelligence | =AI
Natural language processing | =NLP
Computer vision
Large language models | =LLM | LLMs | =LLMs
Generative AI | GenAI
Reinforcement learning
Recommender systems | recommendation systems | recommendation engines
~Time series forecasting | time-series forecasting | demand forecasting | forecasting
~Statistical modelling | statistical modeling | statistics | statistical analysis
~Regression analysis | regression | linear regression | logistic regression
Bayesian statistics | Bayesian methods | Bayesian inference | Bayesian
Causal inference
~Experiment design | experimental design | design of experiments
A/B testing | A/B tests | A/B test | AB testing | split testing
~Experimentation
Hypothesis testing
Survival analysis
Feature engineering
MLOps
TensorFlow
PyTorch
Keras
scikit-learn | sklearn | scikit learn
XGBoost
LightGBM
CatBoost
pandas
NumPy
SciPy
statsmodels
Jupyter | Jupyter Notebooks
Hugging Face | HuggingFace | transformers
spaCy
NLTK
OpenCV
MLflow
Kubeflow
SageMaker | Amazon SageMaker
Vertex AI
LangChain
=Prophet
~Data analysis | data analytics | analytics
Data engineering
~Data modelling | data modeling
~Data visualization | data visualisation
~Data warehousing | data warehouse
~ETL | ELT | data pipelines
~Data governance
~Data science
~Business intelligence | =BI
Tableau
Power BI | PowerBI
Looker
Looker Studio | Google Data Studio | Data Studio
Qlik
Microsoft Excel | =Excel | MS Excel
Google Sheets
Pivot tables | PivotTables
Microsoft Office | MS Office | Office 365 | Microsoft 365
Microsoft Word | MS Word
PowerPoint
Microsoft Access
Google Workspace | G Suite
Alteryx
Mixpanel
=Amplitude
Google Analytics | =GA4 | GA4
=Heap
=Segment
Optimizely
Hotjar
~Financial reporting
~Financial modelling | financial modeling
~Financial analysis
~Financial planning and analysis | =FP&A | FP&A
~Budgeting | budget management | budgets
~Forecasting and budgeting
~Variance analysis
~Month-end close | month end close | monthly close | period-end close
~Year-end close
~Account reconciliation | reconciliations | reconciliation | bank reconciliations
General ledger | =GL
Accounts payable | =AP
Accounts receivable | =AR
Bookkeeping
Payroll
~Auditing | audit | internal audit | external audit
~Tax | tax preparation | tax compliance
Revenue recognition | ASC 606 | IFRS 15
Lease accounting | ASC 842 | IFRS 16
US GAAP | GAAP | U.S. GAAP
IFRS
SOX compliance | SOX | Sarbanes-Oxley | SOX 404
~Internal controls
~Consolidation | consolidations
Intercompany accounting | intercompany
~Fixed assets | fixed asset accounting
~Cost accounting
~Treasury management | cash management
~Accruals
~Journal entries
~Valuation | valuations
~Risk management
~Compliance
~Corporate finance
~Investment analysis
~Portfolio management
~Credit analysis
Underwriting
Actuarial analysis | actuarial
SAP | SAP S/4HANA | SAP ERP
Oracle NetSuite | NetSuite
Oracle Financials | Oracle EBS | Oracle Fusion
Microsoft Dynamics | Dynamics 365
QuickBooks
Xero
Sage Intacct | =Sage
=Workday
BlackLine
Hyperion | Oracle Hyperion
Adaptive Insights | Workday Adaptive Planning
Anaplan
Bloomberg Terminal
~ERP | ERP systems
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
Search engine optimization | =SEO
Search engine marketing | =SEM
Pay-per-click advertising | =PPC | pay-per-click | paid search
Paid social | paid social media
~Content marketing | content strategy
Email marketing | email campaigns | lifecycle marketing | lifecycle email
~Social media marketing | social media
Growth marketing
~Performance marketing
~Demand generation | demand gen
~Lead generation | lead gen
Marketing automation
~Brand management | branding | brand strategy
~Product marketing
~Digital marketing
Affiliate marketing
Influencer marketing
Conversion rate optimization | =CRO | conversion optimization
~Customer acquisition | user acquisition
~Retention marketing | customer retention
Attribution modelling | attribution modeling | marketing attribution | attribution
Marketing mix modelling | marketing mix modeling | =MMM
~Customer segmentation | segmentation
~Copywriting
~Market research
Public relations | =PR
~Event marketing
Account-based marketing | =ABM
~Go-to-market strategy | go-to-market | =GTM
Google Ads | Google AdWords | AdWords
Meta Ads | Facebook Ads | Meta Ads Manager | Facebook Ads Manager
LinkedIn Ads
TikTok Ads
HubSpot
Salesforce | =SFDC
Marketo
Mailchimp
Braze
Klaviyo
=Iterable
Customer.io
Hootsuite
Sprout Social
Semrush | SEMrush
Ahrefs
Moz
Google Tag Manager | =GTM container
Adobe Analytics
Adobe Creative Suite | Adobe Creative Cloud
Adobe Photoshop | Photoshop
Adobe Illustrator | Illustrator
Adobe InDesign | InDesign
Adobe Premiere Pro | Premiere Pro
Adobe After Effects | After Effects
Canva
Figma
=Sketch
Adobe XD
InVision
WordPress
Shopify
Webflow
Contentful
~CRM | customer relationship management
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
~Product management
~Product strategy
~Product roadmap | roadmapping | roadmaps | product roadmaps
~Product discovery
Product-led growth | =PLG
~User research | customer research | customer interviews | user interviews
~Usability testing
UX design | user experience | =UX
UI design | user interface design | =UI
~Design thinking
~Wireframing | wireframes
~Prototyping | prototypes
Jobs to be done | =JTBD
~Prioritization | prioritisation
~OKRs | =OKR | objectives and key results
~KPIs | =KPI | key performance indicators
~Requirements gathering | requirements analysis
~User stories
~Stakeholder management | stakeholder engagement
~Cross-functional leadership | cross-functional collaboration
~Pricing | pricing strategy
~Monetization | monetisation
~Competitive analysis
~Market sizing
~Agile | agile methodologies
Scrum
Kanban
=Lean
Six Sigma | Lean Six Sigma
=Waterfall
=SAFe | Scaled Agile Framework
Jira
=Confluence
=Asana
Trello
Monday.com
=Notion
Airtable
Miro
Productboard
Pendo
Smartsheet
Microsoft Project | MS Project
=Slack
Zendesk
ServiceNow
~Project management
~Program management
~Change management
~Vendor management
~Process improvement | continuous improvement
~Operations management
~Supply chain management | supply chain
~Logistics
~Inventory management
~Procurement
~Strategic planning
~Business development
~Sales
~Account management
~Customer success
~Customer service | customer support
~Negotiation
~Team leadership | people management | team management | leadership
~Hiring | recruiting | recruitment
~Public speaking
~Technical writing
~Communication
~Problem solving
~Project planning
~Quality management
~Regulatory compliance
~Contract management
Linear programming | mixed-integer programming | integer programming | MILP
Mathematical optimization | operations research | optimisation
~Simulation | discrete-event simulation | Monte Carlo simulation
Anomaly detection
~Clustering | k-means
Classification models
Time series analysis | time series
Graph databases
Service mesh
Istio
Linkerd
=Envoy
HashiCorp Vault | =Vault
=Consul
Argo CD | ArgoCD
Flux CD | FluxCD
OpenShift
=Nomad
=Packer
Kibana
Logstash
Loki
Jaeger
=Sentry
Chaos Mesh
=Gremlin
Dagster
Prefect
Apache Beam | =Beam
Apache Iceberg | =Iceberg
Delta Lake
Apache Hudi | Hudi
Trino | Presto
DuckDB
Fivetran
Airbyte
Great Expectations
Looker ML | LookML
Metabase
Superset | Apache Superset
Sisense
Domo
MicroStrategy
SAS Enterprise Guide
JMP
Minitab
Qualtrics
SurveyMonkey
UserTesting
Dovetail
=Maze
Lucidchart
Visio | Microsoft Visio
Power Automate
Power Apps | PowerApps
Power Query
SharePoint
Microsoft Teams | =Teams
=Zoom
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
Attentive
Postscript
Pinterest Ads
Snapchat Ads
Amazon Ads | Amazon Advertising
Microsoft Advertising | Bing Ads
The Trade Desk
Google Merchant Center
Shopify Plus
BigCommerce
Magento | Adobe Commerce
WooCommerce
Yotpo
Gorgias
Triple Whale
Northbeam
Gong
Highspot
=Seismic
=Outreach
Salesloft
ZoomInfo
6sense
Demandbase
Clearbit
=Drift
=Intercom
FullStory
LogRocket
LaunchDarkly
Statsig
Eppo
Split.io
Aha!
ProductPlan
=Coda
=Loom
Calendly
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
Certified Public Accountant | =CPA
Certified Management Accountant | =CMA
Chartered Financial Analyst | =CFA
Certified Internal Auditor | =CIA
Certified Fraud Examiner | =CFE
Enrolled Agent
Project Management Professional | =PMP
Certified ScrumMaster | =CSM | Certified Scrum Master
Certified Scrum Product Owner | =CSPO
SAFe Agilist
ITIL
CompTIA Security+ | Security+
CISSP
CISM
CEH
CKA | Certified Kubernetes Administrator
CKAD | Certified Kubernetes Application Developer
IFRS 9
CECL
FP&A modelling
Three-statement modelling | three-statement model | 3-statement model
DCF | discounted cash flow
LBO modelling | LBO
Cap tables
~Board reporting | board decks
~Audit readiness
~Close automation
Intercompany eliminations
Transfer pricing
Sales tax | VAT
1099 reporting
Grant accounting
Fund accounting
Nonprofit accounting
Cost of goods sold analysis | COGS analysis
Standard costing
Inventory costing
"""
