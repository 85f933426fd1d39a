# Writes lumpsum's own AMFI-format fixtures: fictional fund houses, codes and ISINs (valid check
# digits), in the real layouts and with the real quirks.
def check(first11):
    digits = []
    for c in first11:
        if c.isdigit(): digits.append(int(c))
        else:
            v = ord(c) - 55
            digits += [v // 10, v % 10]
    s = 0; dbl = True
    for d in reversed(digits):
        if dbl:
            d *= 2
            if d > 9: d -= 9
        s += d; dbl = not dbl
    return str((10 - s % 10) % 10)

n = [0]
def isin(prefix='INF9KV01'):
    n[0] += 1
    body = prefix + 'A%02d' % n[0]
    return body + check(body)

def moj(s):
    # double-encode: UTF-8 bytes read as Windows-1252, written as UTF-8 again
    return s.encode('utf-8').decode('cp1252').encode('utf-8')

def write(name, lines, eol):
    data = b''.join((l if isinstance(l, bytes) else l.encode('utf-8')) + eol for l in lines)
    open(name, 'wb').write(data)

I = {k: isin() for k in range(1, 40)}
# ---------------------------------------------------------------- daily, 6 fields, CRLF
daily6 = [
 'Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Date',
 ' ',
 'Open Ended Schemes(Debt Scheme - Banking and PSU Fund)',
 ' ',
 'Kaveri Mutual Fund',
 ' ',
 f'900101;{I[1]};{I[2]};Kaveri Banking & PSU Debt Fund  - DIRECT - IDCW;107.6218;26-May-2025',
 f'900102;{I[3]};-;Kaveri Banking & PSU Debt Fund  - DIRECT - MONTHLY IDCW;10.;26-May-2025',
 f'900103;{I[4]};-;Kaveri Banking & PSU Debt Fund - Regular Plan-Growth;N.A.;26-May-2025',
 f'900104;{I[5]} ;-;Kaveri Banking & PSU Debt Fund - Retail Plan-Growth;552.6774;23-May-2025',
 ' ',
 'Narmada Mutual Fund',
 ' ',
 '900201;Redeemed;Redeemed;Narmada Banking and PSU Fund - Direct Plan - Bonus;0.0000;08-May-2015',
 f'900202;{I[6]};NARMADAXYZ;Narmada Banking and PSU Fund - Direct Plan - Weekly IDCW Reinvestment;1000.;24-May-2025',
 ' ',
 'Open Ended Schemes(Equity Scheme - Contra Fund)',
 b'900301;' + I[7].encode() + b';-;' + moj('Narmada Contra Fund - Direct \u2013 Growth') + b';10.4744;26-May-2025',
 ' ',
 'Kaveri Mutual Fund',
 ' ',
 b'900401;' + I[8].encode() + b';' + I[9].encode() + b';' + moj('Kaveri Contra Fund \u2013 Regular \u2013 IDCW') + b';12.5;26-May-2025',
 f'900402;{I[10]};-;Kaveri Contra Fund - Direct - Growth;13.1;31-Feb-2026',
 f'900403;{I[11]};-;Kaveri Contra Fund - Regular - Growth;abc;26-May-2025',
 f'900404;{I[12]};-;Kaveri Contra Fund - Regular;26-May-2025',
 ' ',
 moj('Open Ended Schemes(Solution Oriented Scheme - Children\u2019s Fund)'),
 ' ',
 '360 Degrees Mutual Fund',
 ' ',
 b'900501;' + I[13].encode() + b';-;' + moj('360 Degrees Children\u2019s Fund - Direct Plan - Growth') + b';25.01;26-May-2025',
 ' ',
 'Close Ended Schemes(Income)',
 ' ',
 'Kaveri Mutual Fund',
 ' ',
 f'900601;{I[14]};{I[15]};Kaveri Fixed Term Plan - Series 1 (1100 Days) - Quarterly Dividend;10.0000;15-Apr-2015',
 ' ',
 'Interval Fund Schemes(Income)',
 ' ',
 'Kaveri Mutual Fund',
 ' ',
 f'900701;{I[16]};-;Kaveri Interval Fund - Annual Plan - Growth;20.5;26-May-2025',
 '9007',
]
write('navall-daily-6-crlf.txt', daily6, b'\r\n')

# ---------------------------------------------------------------- daily, 8 fields with Plan/Option, LF
daily8 = [
 'Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;Option;Net Asset Value;Date',
 ' ',
 'Open Ended Schemes(Income/Debt Oriented Schemes - Short Term Fund)',
 ' ',
 'Kaveri Mutual Fund',
 ' ',
 f'900101;{I[1]};{I[2]};Kaveri Banking & PSU Debt Fund;Direct Plan;IDCW-Re-investment;107.1683;19-Aug-2026',
 f'900102;{I[3]};-;Kaveri Banking & PSU Debt Fund;Direct Plan;MONTHLY DCW Payout;117.4945;19-Aug-2026',
 f'900103;{I[4]};-;Kaveri Banking & PSU Debt Fund;Regular Plan;GROWTH;388.47;19-Aug-2026',
 f'900104;{I[5]};-;Kaveri Banking & PSU Debt Fund;Regular Plan;Growth Option;10.;19-Aug-2026',
 f'900105;{I[17]};-;Kaveri Banking & PSU Debt Fund;Direct Plan;Growth;11.2;19-Aug-2026',
 f'900106;{I[18]};{I[19]};Kaveri Banking & PSU Debt Fund;Regular Plan;IDCW (Income Distribution CUM Capital Withdrawal);10.5;19-Aug-2026',
 f'900107;{I[20]};-;Kaveri Banking & PSU Debt Fund - Direct Plan - Quarterly IDCW;;;10.9;19-Aug-2026',
 f'900108;{I[21]};-;Kaveri Savings Fund;;Growth Option\t;12.0;19-Aug-2026',
 ' ',
 'Open Ended Schemes(Life Cycle Funds - Life Cycle Fund with Maturity of 10 Years)',
 ' ',
 'Narmada Mutual Fund',
 ' ',
 '900201;-;-;Narmada Life Cycle Fund 2036;Direct Plan;Growth Option;10.0697;22-Aug-2026',
 ' ',
 'Open Ended Schemes(Life Cycle Funds - Life Cycle Fund with Maturity of 15 Years)',
 '900202;-;-;Narmada Life Cycle Fund 2041;Direct Plan;Growth Option;10.0707;19-Aug-2026',
]
write('navall-daily-8-lf.txt', daily8, b'\n')

# ---------------------------------------------------------------- legacy daily with prices (2017 style), CRLF
missingI = isin('INF9KV02')          # written without its leading I
lower = isin('INF9KV03')             # written partly in lower case
legacy = [
 'Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Net Asset Value;Repurchase Price;Sale Price;Date',
 '',
 'Open Ended Schemes (Balanced)',
 '',
 'Kaveri Mutual Fund',
 '',
 f'900801;{I[22]};-;Kaveri Balanced Fund - Direct Dividend;11.3215;11.3215;11.3215;13-Apr-2017',
 f'900802;{missingI[1:]};-;Kaveri Balanced Fund - Direct Growth;11.3823;11.0408;11.3823;13-Apr-2017',
 f'900803;#N/A;NOTAPP;Kaveri Balanced Fund - Plan A - Bonus Option;43.50;43.07;43.50;27-Dec-2016',
 f'900804;---;NA;Kaveri Balanced Fund - Plan A - Quarterly Dividend Option;N.A.;N.A.;N.A.;29-Sep-2016',
 f'900805;{lower[:3].lower()+lower[3:]};-;Kaveri Balanced Fund - Growth Option;50.36;49.86;50.36;13-Apr-2017',
 '',
 'Open Ended Schemes (GOLD ETFs)',
 '',
 'Kaveri Mutual Fund',
 '',
 f'900901;{I[23][:-1]};-;Kaveri Gold Exchange Traded Fund;2693.51;0;2693.51;13-Apr-2017',
]
write('navall-legacy-prices-crlf.txt', legacy, b'\r\n')

# ---------------------------------------------------------------- history report with prices, CRLF
history = [
 'Scheme Code;Scheme Name;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;Net Asset Value;Repurchase Price;Sale Price;Date',
 '',
 'Open Ended Schemes ( Growth )',
 '',
 '',
 'Kaveri Mutual Fund',
 f'901001;Kaveri Growth Fund-Dividend;{I[24]};{I[25]};17.5360;17.5360;17.5360;01-Apr-2006',
 f'901002;Kaveri Growth Fund-Growth;{I[26]};;61.6566;61.6566;61.6566;01-Apr-2006',
 '',
 'Open Ended Schemes ( Liquid )',
 '',
 '',
 'Narmada Mutual Fund',
 '901101;Narmada Liquid Fund-Auto Sweep Weekly Dividend Option;;;10.0000;10.0000;10.0000;01-Apr-2006',
 f'901102;Z-OLD-Narmada Cash Fund-Growth Renamed as Narmada Liquid Fund-Growth;{I[27]};;14.8496;14.8496;14.8496;01-Apr-2006',
]
write('navhistory-prices-crlf.txt', history, b'\r\n')

# ---------------------------------------------------------------- history report with Plan/Option (2026), LF
history2 = [
 'Scheme Code;Scheme Name;Plan;Option;ISIN Div Payout/ISIN Growth;ISIN Div Reinvestment;Net Asset Value;Date',
 '',
 'Open Ended Schemes(Equity Schemes - Large Cap Fund)',
 '',
 'Kaveri Mutual Fund',
 '',
 f'901201;Kaveri Large Cap Fund;Direct Plan;Growth;{I[28]};;52.1;15-May-2026',
 f'901201;Kaveri Large Cap Fund;Direct Plan;Growth;{I[28]};;52.3;16-May-2026',
 f'901202;Kaveri Large Cap Fund;Regular Plan;IDCW Payout;{I[29]};{I[30]};21.75;15-May-2026',
 f'901203;Kaveri Large Cap Fund;;;{I[31]};;21.8;15-May-2026',
]
write('navhistory-plan-option-lf.txt', history2, b'\n')

# ---------------------------------------------------------------- fund houses carried across headings, LF
# AMFI leaves out the fund-house line when a section starts with the fund house that ended the one
# before (ICICI in 2025, UTI and Zerodha in Aug 2026): the fund house carries over every heading, also
# to another structure and through two headings in a row. Plan/Option stated in the columns, in the
# name only, or nowhere (the row must say so).
J = {k: isin('INF9KV02') for k in range(1, 8)}
carried = [
 'Scheme Code;ISIN Div Payout/ ISIN Growth;ISIN Div Reinvestment;Scheme Name;Plan;Option;Net Asset Value;Date',
 '',
 'Open Ended Schemes(Equity Scheme - Large Cap Fund)',
 '',
 'Godavari Mutual Fund',
 '',
 f'902101;{J[1]};-;Godavari Large Cap Fund;Direct Plan;Growth;41.2;26-Aug-2026',
 f'902102;{J[2]};{J[3]};Godavari Large Cap Fund - Regular Plan - IDCW;;;12.5;26-Aug-2026',
 f'902103;{J[4]};-;Godavari Large Cap Fund;;;40.1;26-Aug-2026',
 '',
 'Open Ended Schemes(Equity Scheme - Contra Fund)',
 '',
 f'902201;{J[5]};-;Godavari Contra Fund;Regular Plan;Growth;33.0;26-Aug-2026',
 '',
 'Close Ended Schemes(Income)',
 '',
 '902301;-;-;Godavari Fixed Maturity Series 7 - Growth;;;10.9;26-Aug-2026',
 '',
 'Tapti Mutual Fund',
 '',
 f'902401;{J[6]};-;Tapti Fixed Maturity Series 1;Direct Plan;IDCW Payout;10.2;26-Aug-2026',
 '',
 'Interval Fund Schemes(Income)',
 'Open Ended Schemes(Debt Scheme - Banking and PSU Fund)',
 f'902501;{J[7]};-;Tapti Banking and PSU Fund;Direct Plan;Growth;1500.25;26-Aug-2026',
]
write('navall-amc-across-headings-lf.txt', carried, b'\n')
print('ok')
