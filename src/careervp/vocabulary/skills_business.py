"""Finance and accounting, marketing and sales, product and project work, credentials (format: skill_vocabulary.py)."""

SKILL_LINES = r"""
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
